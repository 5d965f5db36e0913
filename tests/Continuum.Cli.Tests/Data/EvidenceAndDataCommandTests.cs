using System.Globalization;

namespace Continuum.Cli.Tests.Data;

public sealed class EvidenceAndDataCommandTests(StoreHomeFixture home) : IClassFixture<StoreHomeFixture>
{
    private CliResult Run(params string[] args) => ContinuumCli.Run(home.Environment, args);

    [Fact]
    public void Evidence_FirstRunOnFreshStore_ImportsAndPrintsCsvWithTheStableColumns()
    {
        Assert.Equal(0, home.First.ExitCode);
        var lines = home.First.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,claim,claimed,measured,unit,verdict,gap,source,vintage", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("aid-130bn,", StringComparison.Ordinal) && l.Contains(",supported,", StringComparison.Ordinal));
        Assert.Contains("importing", home.First.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(home.Home, "continuum.duckdb")));
    }

    [Fact]
    public void Evidence_SecondRun_ReadsStoreWithoutImportingAgain()
    {
        var second = Run("evidence", "--format", "csv");
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("importing", second.Error, StringComparison.Ordinal);
        Assert.Equal(home.First.Out, second.Out); // same store, same bytes
    }

    [Fact]
    public void Evidence_Html_EmbedsAChartPerClaimWithData()
    {
        var file = Path.Combine(home.Home, "evidence.html");
        var result = Run("evidence", "--format", "html", "--out", file);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(file);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("id=\"remittances-vs-oda-2013\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_ClaimsFileWithSyntaxError_ExitsOneNamingFileAndLine()
    {
        var bad = Path.Combine(home.Home, "bad.toml");
        File.WriteAllText(bad, "[[claim]]\nid = \"x\"\nclaimed = = 3\n");
        var result = Run("evidence", "--claims", bad);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.toml:3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void DataShow_LmyRemittances_NamesVintageAndGivesAnchorValue()
    {
        var result = Run("data", "show", "--indicator", "BX.TRF.PWKR.CD.DT", "--area", "LMY", "--years", "2013", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var row = result.Out.Split('\n')[1].Split(',');
        Assert.Equal(361759458204.045, double.Parse(row[4], CultureInfo.InvariantCulture), 3); // data/anchors.csv
        Assert.Equal("WDI 2026-07", row[7]);
    }

    [Fact]
    public void DataImport_BadYear_ExitsOneWithFileLineFieldAndLeavesStoreUnchanged()
    {
        var before = Run("data", "list", "--format", "csv").Out;
        var bad = Path.Combine(home.Home, "SP.POP.TOTL.csv");
        File.WriteAllText(bad, "Country Name,Country Code,Year,Value\nCanada,CAN,2011,1\nCanada,CAN,20x1,2\n");

        var result = Run("data", "import", bad, "--vintage", "WDI test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SP.POP.TOTL.csv:3: field 'Year'", result.Error.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before, Run("data", "list", "--format", "csv").Out);
    }

    [Fact]
    public void UnknownOption_ExitsTwo() => Assert.Equal(2, Run("data", "show", "--no-such-option").ExitCode);

    [Fact]
    public void DataExport_Parquet_WritesFile()
    {
        var file = Path.Combine(home.Home, "oda.parquet");
        var result = Run("data", "export", "--format", "parquet", "--out", file, "--indicator", "DT.ODA.ODAT.CD");
        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(file).Length > 1000);
        Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file)[..4]));
    }

    [Fact]
    public void IndicatorsSdg1071_ExampleFile_PrintsBlogWorkerCorridor()
    {
        var result = Run("indicators", "sdg-1071", "--input", "data/examples/recruitment_costs_example.csv", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("NPL,QAT,1,1,2.5,2.5,2.5,2.5,2.5", result.Out, StringComparison.Ordinal);
    }
}
