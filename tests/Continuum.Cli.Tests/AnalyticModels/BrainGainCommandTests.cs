using System.Globalization;

namespace Continuum.Cli.Tests.AnalyticModels;

public sealed class BrainGainCommandTests
{
    [Fact]
    public void BrainGain_TwoPeriodCsv_ShowsGainAndAdditiveDecomposition()
    {
        var (code, output, error) = ContinuumCli.Run("model", "brain-gain", "--format", "csv", "--steps", "10");
        Assert.True(code == 0, error);
        var rows = ContinuumCli.CsvRows(output);
        var header = rows[0].ToList();
        Assert.Equal(11, rows.Length - 1);
        foreach (var row in rows.Skip(2))
        {
            double Col(string name) => double.Parse(row[header.IndexOf(name)], CultureInfo.InvariantCulture);
            Assert.True(Col("change") > 0, $"p={Col("p")}");
            Assert.Equal(Col("change"), Col("drain") + Col("incentive") + Col("return"), 10);
        }
    }

    [Fact]
    public void BrainGain_BdrCsv_ReproducesResearchNoteVector()
    {
        var (code, output, error) = ContinuumCli.Run("model", "brain-gain", "--model", "bdr", "--format", "csv", "--steps", "10");
        Assert.True(code == 0, error);
        var rows = ContinuumCli.CsvRows(output);
        Assert.Equal("p,ex_ante_skilled_share,resident_skilled_share,dH_dp", string.Join(',', rows[0]));
        Assert.Equal(0.19, double.Parse(rows[1][3], CultureInfo.InvariantCulture), 10); // models.md §2.5
        Assert.Equal(0.31677, double.Parse(rows[2][2], CultureInfo.InvariantCulture), 5);
    }

    [Fact]
    public void BrainGain_ThresholdOutsideSupport_FailsNamingField()
    {
        var (code, _, error) = ContinuumCli.Run("model", "brain-gain", "--model", "bdr", "--c0", "2");
        Assert.Equal(1, code);
        Assert.Contains("'--c0'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrainGain_UnknownFormat_IsBadUsage()
    {
        var (code, _, error) = ContinuumCli.Run("model", "brain-gain", "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("table, csv or json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrainGain_Chart_WritesPng()
    {
        var png = Path.Combine(Path.GetTempPath(), $"brain-{Guid.NewGuid():N}.png");
        var (code, _, error) = ContinuumCli.Run("model", "brain-gain", "--format", "json", "--chart", png);
        Assert.True(code == 0, error);
        Assert.True(new FileInfo(png).Length > 1000);
        File.Delete(png);
    }
}
