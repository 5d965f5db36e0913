namespace Continuum.Cli.Tests.Data;

/// <summary>A private CONTINUUM_HOME whose store gets the shipped data on the first command; deleted afterwards.</summary>
public sealed class StoreHomeFixture : IDisposable
{
    public StoreHomeFixture()
    {
        Home = Path.Combine(Path.GetTempPath(), "continuum-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
        First = ContinuumCli.Run(Environment, "evidence", "--format", "csv");
    }

    public string Home { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["CONTINUUM_HOME"] = Home };

    /// <summary>The first run (which imports the shipped data).</summary>
    internal CliResult First { get; }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
