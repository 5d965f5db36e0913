using System.Globalization;

namespace Continuum.Cli.Tests.Projection;

/// <summary>The <c>project</c> commands run as a process (the built <c>continuum.dll</c>), checking the stable interfaces.</summary>
public sealed class ProjectCommandTests
{
    [Fact]
    public void Project_CsvFormat_WritesStableColumnsOneRowPerSingleYear()
    {
        var run = ContinuumCli.Run("project", "--area", "CAN", "--from", "2020", "--to", "2030", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("area,year,sex,age_start,population", lines[0]);
        Assert.Equal(1 + (3 * 2 * 101), lines.Length);
        Assert.StartsWith("CAN,2030,M,100,", lines[^1], StringComparison.Ordinal);
        var total2020 = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[1] == "2020").Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture));
        Assert.Equal(37_742_157, total2020, 1.0); // WPP 2019 estimate, Canada 1 July 2020: 37,742.157 thousand
    }

    [Fact]
    public void Project_OutFileAndChart_AreWritten()
    {
        var dir = Directory.CreateTempSubdirectory("continuum-project-");
        try
        {
            var csv = Path.Combine(dir.FullName, "nga.csv");
            var png = Path.Combine(dir.FullName, "nga.png");
            var run = ContinuumCli.Run("project", "--area", "NGA", "--to", "2030", "--step", "1", "--migration", "zero", "--out", csv, "--chart", png);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(1 + (11 * 2 * 101), File.ReadAllLines(csv).Length);
            Assert.True(new FileInfo(png).Length > 1000);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--step", "3", "--step")]
    [InlineData("--from", "2021", "--from")]
    [InlineData("--variant", "high", "--variant")]
    [InlineData("--migration", "lots", "--migration")]
    [InlineData("--to", "2150", "--to")]
    public void Project_BadOption_ExitsWithUsageErrorNamingTheOption(string option, string value, string named)
    {
        var run = ContinuumCli.Run("project", "--area", "CAN", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_UnknownArea_FailsNamingTheField()
    {
        var run = ContinuumCli.Run("project", "--area", "ATLANTIS");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("area", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_MigrationFileMissingPeriod_FailsNamingFileAndField()
    {
        var dir = Directory.CreateTempSubdirectory("continuum-project-");
        try
        {
            var file = Path.Combine(dir.FullName, "mig.csv");
            File.WriteAllText(file, "period_start,sex,age_start,net_migration_thousands\n2020,F,20,10\n2020,M,20,10\n");

            var run = ContinuumCli.Run("project", "--area", "CAN", "--to", "2030", "--migration", "file", "--migration-file", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("mig.csv", run.Error, StringComparison.Ordinal);
            Assert.Contains("2025", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void WorkingAge_CsvFormat_AfricaAsiaTotalRow()
    {
        var run = ContinuumCli.Run("workforce", "--areas", "903,935", "--years", "2005,2050", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("area,name,ages,from_year,to_year,population_from_k,population_to_k,change_k,change_pct", lines[0]);
        Assert.StartsWith("total,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingAge_BadAges_UsageError()
    {
        var run = ContinuumCli.Run("workforce", "--ages", "15-62");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--ages", run.Error, StringComparison.Ordinal);
    }
}
