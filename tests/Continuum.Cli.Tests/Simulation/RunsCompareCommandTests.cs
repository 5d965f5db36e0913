using System.Globalization;

namespace Continuum.Cli.Tests.Simulation;

[Collection(RunsCompareFixture.Collection)]
public sealed class RunsCompareCommandTests(RunsCompareFixture runs)
{
    [Fact]
    public void RunsCompare_RunWithItself_ExactlyZeroWithPairedBand()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed42, "--store", runs.Store, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("paired t band", result.Error, StringComparison.Ordinal);
        var rows = ContinuumCli.CsvRows(result.Out);
        Assert.Equal(["year", "area", "indicator", "a", "b", "difference", "lower", "upper", "unit"], rows[0]);
        var gdp = rows.Skip(1).Where(r => r[2] == "real_gdp").ToList();
        Assert.Equal(3 * 4, gdp.Count);
        foreach (var row in rows.Skip(1).Where(r => r[3].Length > 0))
        {
            Assert.Equal(row[3], row[4]);
            Assert.All(new[] { 5, 6, 7 }, column => Assert.Equal(0.0, double.Parse(row[column], CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void RunsCompare_TwoRunsWithSameSeedAndReplicates_PairedAndIdentical()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed42Again, "--store", runs.Store, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("paired t band", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Welch", result.Error, StringComparison.Ordinal);
        Assert.Contains(runs.Seed42Again, result.Error, StringComparison.Ordinal);
        // The engine is deterministic: the same scenario and seed give the same indicators, so every difference is 0.
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var rows = json.RootElement;
        Assert.True(rows.GetArrayLength() > 100);
        Assert.All(rows.EnumerateArray().Where(r => r.GetProperty("difference").ValueKind == System.Text.Json.JsonValueKind.Number),
            r => Assert.Equal(0.0, r.GetProperty("difference").GetDouble()));
    }

    [Fact]
    public void RunsCompare_DifferentSeeds_WelchBandNamedInTitle()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed43, "--store", runs.Store, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Welch t band", result.Error, StringComparison.Ordinal);
        Assert.Contains(runs.Seed42, result.Error, StringComparison.Ordinal);
        Assert.Contains(runs.Seed43, result.Error, StringComparison.Ordinal);
        var population = ContinuumCli.CsvRows(result.Out).Single(r => r[0] == "2013" && r[1] == "MDA" && r[2] == "population");
        var (difference, lower, upper) = (Num(population[5]), Num(population[6]), Num(population[7]));
        Assert.NotEqual(0, difference);
        Assert.True(lower < difference && difference < upper);
    }

    [Fact]
    public void RunsCompare_TableChartAndHtml_WritesAllThree()
    {
        var png = Path.Combine(runs.Dir, "gdp.png");
        var html = Path.Combine(runs.Dir, "report.html");

        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed43, "--store", runs.Store, "--chart", png, "--html", html);

        Assert.True(result.ExitCode == 0, result.Error);
        // The terminal table wraps long cells, so only single words are looked for.
        Assert.Contains("MDA", result.Out, StringComparison.Ordinal);
        Assert.Contains("Welch", result.Out, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 1000);
        var report = File.ReadAllText(html);
        Assert.Contains(runs.Seed43, report, StringComparison.Ordinal);
        Assert.Contains("Welch t band", report, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsCompare_UnknownRun_ExitsOneNamingIt()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, "0123456789ab", "--store", runs.Store);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no run '0123456789ab'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void RunsCompare_DifferentYears_ExitsOneNamingBothRuns()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.OtherYears, "--store", runs.Store);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(runs.Seed42, result.Error, StringComparison.Ordinal);
        Assert.Contains(runs.OtherYears, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsCompare_BadFormat_ExitsTwo()
    {
        var result = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed43, "--store", runs.Store, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
