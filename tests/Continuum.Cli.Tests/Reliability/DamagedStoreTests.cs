namespace Continuum.Cli.Tests.Reliability;

/// <summary>A store file that is not a readable DuckDB database is named in one sentence with what to do; exit 1, never "internal error".</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class DamagedStoreTests(ShippedStoreFixture fixture)
{
    public static TheoryData<string, string> Damages => new()
    {
        { "garbage", "data list" },
        { "garbage", "evidence" },
        { "truncated", "data list" },
        { "truncated", "data import" },
        { "truncated", "runs list" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Command_DamagedStore_OneSentenceNamingTheFileExit1(string damage, string command)
    {
        var store = fixture.Copy();
        if (damage == "garbage")
        {
            File.WriteAllBytes(store, Enumerable.Repeat((byte)'x', 100_000).ToArray());
        }
        else
        {
            using var f = new FileStream(store, FileMode.Open);
            f.SetLength(f.Length / 2);
        }

        var args = command.Split(' ').ToList();
        if (command == "data import")
        {
            args.Add(Path.Combine(ContinuumCli.RepositoryRoot(), "data", "wdi", "SP.POP.TOTL.csv"));
            args.AddRange(["--indicator", "SP.POP.TOTL", "--vintage", "damaged-test"]);
        }

        args.AddRange(["--store", store]);
        var result = ContinuumCli.Run([.. args]);
        var error = Flat.Text(result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the store {store} is damaged or is not a Continuum store; move it aside or remove it", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("IO Error", error, StringComparison.Ordinal);
    }
}
