namespace Continuum.Testing;

/// <summary>
/// A private Continuum home for one test: an empty temporary folder to pass as <c>CONTINUUM_HOME</c>, and the path
/// of a store file inside it (not created; the code under test opens it). Deleted on dispose.
/// </summary>
public sealed class TempStore : IDisposable
{
    private readonly TempDirectory _folder;

    /// <summary>Creates the empty home folder.</summary>
    public TempStore(string prefix = "continuum-store-")
    {
        _folder = new TempDirectory(prefix);
    }

    /// <summary>The home folder, for <c>CONTINUUM_HOME</c>.</summary>
    public string Home => _folder.Path;

    /// <summary>The store file's path in the home folder (<c>store.duckdb</c>, as the command names it).</summary>
    public string StorePath => _folder.File("continuum.duckdb");

    /// <summary>The environment that points a started <c>continuum</c> process at this home.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["CONTINUUM_HOME"] = Home };

    /// <summary>The files that exist in the home folder now, at any depth (a command that must not write leaves none).</summary>
    public IReadOnlyList<string> Files() => Directory.GetFiles(Home, "*", SearchOption.AllDirectories);

    /// <summary>Deletes the home folder and everything in it.</summary>
    public void Dispose() => _folder.Dispose();
}
