namespace Continuum.Cli.Tests.Data;

/// <summary>
/// <c>data list</c>, <c>data remove</c> and <c>data import --replace</c> end to end on one store that holds the shipped data;
/// after every test the evidence ledger is the one of a fresh store.
/// </summary>
public sealed class DatasetCommandTests(StoreHomeFixture home) : IClassFixture<StoreHomeFixture>
{
    private const string Rows = "Country Name,Country Code,Year,Value\nCanada,CAN,2001,1.5\nCanada,CAN,2002,2.5\n";

    /// <summary>Rows with a value no other test uses, so no two tests import the same content (the store keeps a content once).</summary>
    private static string Unique(int value) => Rows + "Mexico,MEX,2001," + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";

    private CliResult Run(params string[] args) => ContinuumCli.Run(home.Environment, args);

    private string Write(string name, string text)
    {
        var dir = Path.Combine(home.Home, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Flat(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);

    private void AssertEvidenceAsInAFreshStore()
    {
        var evidence = Run("evidence", "--format", "csv");
        Assert.Equal(0, evidence.ExitCode);
        Assert.Equal(home.First.Out, evidence.Out);
    }

    [Fact]
    public void DataImport_ShippedVintageLabel_ExitsOneNamingTheShippedDatasetAndEvidenceStillRuns()
    {
        var before = Run("data", "list", "--format", "csv").Out;
        var mine = Write("SP.POP.TOTL.csv", "Country Name,Country Code,Year,Value\nCanada,CAN,2010,1\n");

        var result = Run("data", "import", mine, "--vintage", "WDI 2026-07");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("belongs to the shipped data", Flat(result.Error), StringComparison.Ordinal);
        Assert.Contains("WDI 2026-07 (own)", Flat(result.Error), StringComparison.Ordinal);
        Assert.Equal(before, Run("data", "list", "--format", "csv").Out);
        AssertEvidenceAsInAFreshStore();
    }

    [Theory]
    [InlineData("--vintage")]
    [InlineData("--indicator")]
    public void DataImport_EmptyLabel_ExitsTwoNamingTheOption(string option)
    {
        var result = Run("data", "import", Write("x.csv", Rows), option, " ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option + " is empty", Flat(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void DataImport_SameFileWithAnotherVintage_IsRefusedThenReplaceRelabelsIt()
    {
        var file = Write("TS.RELABEL.csv", Unique(1));
        Assert.Equal(0, Run("data", "import", file, "--vintage", "Mine wrong").ExitCode);

        var refused = Run("data", "import", file, "--vintage", "Mine right");
        var replaced = Run("data", "import", file, "--vintage", "Mine right", "--replace");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--replace", Flat(refused.Error), StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("replaced dataset", Flat(replaced.Error), StringComparison.Ordinal);
        var list = Run("data", "list", "--format", "csv").Out;
        Assert.Contains(",Mine right,TS.RELABEL.csv,", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Mine wrong", list, StringComparison.Ordinal);
    }

    [Fact]
    public void DataRemove_ByFileName_RemovesTheDatasetAndItsValues()
    {
        var file = Write("TS.REMOVE.csv", Unique(2));
        Assert.Equal(0, Run("data", "import", file, "--vintage", "Mine remove").ExitCode);

        var removed = Run("data", "remove", "TS.REMOVE.csv");

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("removed dataset", removed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("TS.REMOVE.csv", Run("data", "list", "--format", "csv").Out, StringComparison.Ordinal);
        Assert.Equal(1, Run("data", "show", "--indicator", "TS.REMOVE", "--area", "CAN").ExitCode);
        AssertEvidenceAsInAFreshStore();
    }

    [Fact]
    public void DataRemove_ShippedDatasetWithoutFlag_ExitsOneAndKeepsIt()
    {
        var result = Run("data", "remove", "SP.POP.TOTL.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--shipped", Flat(result.Error), StringComparison.Ordinal);
        AssertEvidenceAsInAFreshStore();
    }

    [Fact]
    public void DataRemove_UnknownDataset_ExitsOne() =>
        Assert.Contains("no dataset", Flat(Run("data", "remove", "no-such-file.csv").Error), StringComparison.Ordinal);

    [Fact]
    public void DataImport_ThreeFilesOneBroken_ImportsTheOthersReportsEachAndExitsOne()
    {
        var good1 = Write("TS.MULTIA.csv", Unique(3));
        var bad = Write("TS.MULTIB.csv", Unique(4).Replace("2.5", "2x5", StringComparison.Ordinal));
        var good2 = Write("TS.MULTIC.csv", Unique(5));

        var result = Run("data", "import", good1, bad, good2, "--vintage", "Mine multi");

        Assert.Equal(1, result.ExitCode);
        // The terminal table wraps to the console's width, so look at its words, then at the store.
        Assert.Equal(1 + 2, result.Out.Split("added", StringSplitOptions.None).Length - 1); // the column header and two files
        Assert.Contains("failed", result.Out, StringComparison.Ordinal);
        Assert.Contains("TS.MULTIB.csv:3", Flat(result.Error), StringComparison.Ordinal);
        var list = Run("data", "list", "--format", "csv").Out;
        Assert.Contains("TS.MULTIA.csv", list, StringComparison.Ordinal);
        Assert.Contains("TS.MULTIC.csv", list, StringComparison.Ordinal);
        Assert.DoesNotContain("TS.MULTIB.csv", list, StringComparison.Ordinal);
    }

    [Fact]
    public void DataList_Datasets_ShowsShippedDataWithOriginAndHash()
    {
        var rows = ContinuumCli.CsvRows(Run("data", "list", "--format", "csv").Out);

        Assert.Equal("id,source,vintage,file,sha256,values,already_present,imported_at_utc,imported_by,shipped", string.Join(',', rows[0]));
        var pop = rows.Single(r => r[3] == "SP.POP.TOTL.csv");
        Assert.Equal("WDI 2026-07", pop[2]);
        Assert.Equal(12, pop[4].Length);
        Assert.Equal("shipped data (first use)", pop[8]);
        Assert.Equal("yes", pop[9]);
    }

    [Fact]
    public void DataList_Series_KeepsTheSeriesListing()
    {
        var rows = ContinuumCli.CsvRows(Run("data", "list", "--series", "--format", "csv").Out);

        Assert.Equal("indicator,name,unit,source,vintage,areas,first_year,last_year,observations", string.Join(',', rows[0]));
        Assert.Contains(rows, r => r[0] == "SP.POP.TOTL" && r.Contains("WDI 2026-07"));
    }

    [Fact]
    public void Evidence_UserImportUnderANewerVintageOfAClaimedIndicator_KeepsTheShippedLedger()
    {
        // DT.ODA.ODAT.CD for WLD is claimed without a vintage; a newer user label must not take the shipped data's place.
        var mine = Write("DT.ODA.ODAT.CD.csv", "Country Name,Country Code,Year,Value\nWorld,WLD,2008,1\nWorld,WLD,2009,1\nWorld,WLD,2010,1\nWorld,WLD,2011,1\nWorld,WLD,2012,1\n");
        Assert.Equal(0, Run("data", "import", mine, "--vintage", "WDI 2030-01 (own)").ExitCode);

        AssertEvidenceAsInAFreshStore();

        Assert.Equal(0, Run("data", "remove", "WDI 2030-01 (own)").ExitCode);
    }
}
