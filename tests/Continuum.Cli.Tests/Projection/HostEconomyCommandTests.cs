namespace Continuum.Cli.Tests.Projection;

/// <summary>The <c>model host-economy</c> command as a process: the stable csv interface and input validation.</summary>
public sealed class HostEconomyCommandTests
{
    [Fact]
    public void HostEconomy_CsvFormat_StableColumnsAndRequiredIndicators()
    {
        var run = ContinuumCli.Run("model", "host-economy", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,indicator,base,scenario,difference,unit", lines[0]);
        foreach (var indicator in new[] { "real_gdp", "gdp_per_capita", "unemployment_rate", "population", "labour_force" })
        {
            Assert.Equal(10, lines.Count(l => l.Split(',')[1] == indicator));
        }

        Assert.Contains(lines, l => l.StartsWith("2021,unemployment_rate,", StringComparison.Ordinal) && l.EndsWith("difference in points", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2021,real_gdp,", StringComparison.Ordinal) && l.EndsWith("difference in percent", StringComparison.Ordinal));
    }

    [Fact]
    public void HostEconomy_ExtraLabourFileMissingYear_FailsNamingFile()
    {
        var dir = Directory.CreateTempSubdirectory("continuum-host-");
        try
        {
            var file = Path.Combine(dir.FullName, "extra.csv");
            File.WriteAllText(file, "year,population,adults,employment,effective_labour\n2012,50000,40000,30000,20000\n");

            var run = ContinuumCli.Run("model", "host-economy", "--extra-labour", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("extra.csv", run.Error, StringComparison.Ordinal);
            Assert.Contains("2013", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--labour-share", "1.5", "labour-share")]
    [InlineData("--extra-admissions", "-5", "extra-admissions")]
    [InlineData("--emigration-rate", "0.9", "emigration-rate")]
    public void HostEconomy_ParameterOutOfRange_FailsNamingField(string option, string value, string field)
    {
        var run = ContinuumCli.Run("model", "host-economy", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(field, run.Error, StringComparison.Ordinal);
        Assert.Contains("allowed range", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HostEconomy_FromOutsideDataYears_UsageError()
    {
        var run = ContinuumCli.Run("model", "host-economy", "--from", "2020");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HostEconomy_SensitivityJson_HasCentralRow()
    {
        var run = ContinuumCli.Run("model", "host-economy", "--sensitivity", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"parameter\": \"central\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("demand_multiplier", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HostEconomyAndWorkforce_Chart_WritesPng()
    {
        var dir = Directory.CreateTempSubdirectory("continuum-host-");
        try
        {
            var host = Path.Combine(dir.FullName, "host.png");
            var workforce = Path.Combine(dir.FullName, "workforce.png");

            var first = ContinuumCli.Run("model", "host-economy", "--years", "5", "--chart", host);
            var second = ContinuumCli.Run("workforce", "--areas", "CAN,908", "--chart", workforce);

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(host)[..4]);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(workforce)[..4]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
