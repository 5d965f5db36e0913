namespace Continuum.Data.IO;

/// <summary>
/// Where the shipped data and the default store live. The shipped data folder is found from the
/// environment variable <c>CONTINUUM_DATA</c>, else by walking up from the program's folder and the
/// current folder to the first folder holding <c>data/README.md</c> next to <c>Continuum.slnx</c>.
/// </summary>
public static class DataPaths
{
    /// <summary>The folder with the shipped data (the repository's <c>data/</c>).</summary>
    public static string DataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("CONTINUUM_DATA");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Directory.Exists(env)
                ? Path.GetFullPath(env)
                : throw new InputException($"CONTINUUM_DATA names '{env}', which is not a folder");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")) &&
                    File.Exists(Path.Combine(dir.FullName, "data", "README.md")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }
        }

        throw new InputException("cannot find the shipped data folder; set CONTINUUM_DATA to the repository's data/ folder");
    }

    /// <summary>A path inside the shipped data folder, e.g. <c>Shipped("wdi", "SP.POP.TOTL.csv")</c>.</summary>
    public static string Shipped(params string[] parts) => Path.Combine([DataDirectory(), .. parts]);

    /// <summary>
    /// The folder that holds the default store: <c>CONTINUUM_HOME</c>, else a <c>continuum</c> folder in the
    /// user's local application data folder.
    /// </summary>
    public static string HomeDirectory()
    {
        var env = Environment.GetEnvironmentVariable("CONTINUUM_HOME");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Path.GetFullPath(env);
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(local))
        {
            local = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(local, "continuum");
    }

    /// <summary>The default store file: <c>continuum.duckdb</c> in <see cref="HomeDirectory"/>.</summary>
    public static string DefaultStorePath() => Path.Combine(HomeDirectory(), "continuum.duckdb");
}
