namespace Continuum.Testing;

/// <summary>Where a test runs from: the repository root and the running test project's source folder.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the nearest folder above the test's output that holds <c>Continuum.slnx</c>.</summary>
    /// <exception cref="InvalidOperationException">The test does not run from inside a checkout.</exception>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Continuum.slnx above {AppContext.BaseDirectory}: tests run from a checkout");
    }

    /// <summary>
    /// The source folder of the running test project, <c>tests/{name}</c>, where <c>name</c> is the test executable's
    /// assembly name (test projects are executables named as their folder).
    /// </summary>
    /// <exception cref="InvalidOperationException">No such folder exists.</exception>
    public static string ProjectDirectory()
    {
        var name = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name
            ?? throw new InvalidOperationException("no entry assembly: golden files need a test executable");
        var dir = Path.Combine(RepositoryRoot(), "tests", name);
        return Directory.Exists(dir)
            ? dir
            : throw new InvalidOperationException($"the test project folder {dir} does not exist (the folder must be named as the assembly)");
    }
}
