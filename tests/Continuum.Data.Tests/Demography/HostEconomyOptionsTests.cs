using Continuum.Data.Demography;
using Continuum.Models.HostEconomy;

namespace Continuum.Data.Tests.Demography;

/// <summary>The shared scenario options of the host-economy front ends (<c>continuum model host-economy</c> and the web).</summary>
public sealed class HostEconomyOptionsTests
{
    [Fact]
    public void Defaults_AreValidTenYearsFrom2012WithHorizonTen()
    {
        var options = new HostEconomyOptions().Validate();

        Assert.Equal(10, options.HorizonYears);
        Assert.False(options.ProjectionBase);
        Assert.True((options with { BasePopulation = " Projection " }).Validate().ProjectionBase);
    }

    [Theory]
    [InlineData(2005, 10, null, "wpp", "from")]
    [InlineData(2015, 10, null, "wpp", "from")]
    [InlineData(2012, 0, null, "wpp", "years")]
    [InlineData(2012, 51, null, "wpp", "years")]
    [InlineData(2012, 10, 5, "wpp", "horizon")]
    [InlineData(2012, 10, 61, "wpp", "horizon")]
    [InlineData(2012, 10, null, "census", "base_population")]
    public void BrokenRule_NamesTheField(int from, int years, int? horizon, string basePopulation, string field)
    {
        var options = new HostEconomyOptions(100_000, from, years, horizon, basePopulation);

        Assert.Equal(field, Assert.Throws<InputException>(() => options.Validate()).Field);
    }

    [Fact]
    public void CliSpelling_NamesTheOptions()
    {
        var problem = new HostEconomyOptions(Horizon: 5).FindProblem(f => "--" + f.Replace('_', '-'))!;

        Assert.Equal("--horizon 5 is not allowed; use --years (10) to 60", $"{problem.Field} {problem.Problem}");
    }

    [Fact]
    public void Load_Overrides_AreAppliedAndValidated()
    {
        var wpp = WppDemography.LoadShipped();
        var options = new HostEconomyOptions(Years: 2).Validate();

        var (p, labour) = options.Load(wpp, new HostEconomyOverrides(LabourShare: 0.5));
        var bad = Assert.Throws<InputException>(() => options.Load(wpp, new HostEconomyOverrides(LabourShare: 0.1)));

        Assert.Equal(0.5, p.LabourShare);
        Assert.Equal((2012, 2, 2), (p.StartYear, p.AdmissionYears, p.HorizonYears));
        Assert.Equal(2, labour.Years);
        Assert.Equal("labour_share", bad.Field);
    }
}
