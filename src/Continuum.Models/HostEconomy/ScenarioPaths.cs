namespace Continuum.Models.HostEconomy;

/// <summary>The scenario's own paths (the rest is base plus the extra cohorts).</summary>
internal sealed class ScenarioPaths(int years)
{
    public double[] Gdp { get; } = new double[years];

    public double[] Unemployment { get; } = new double[years];

    public double[] ExtraBusinessInvestment { get; } = new double[years];

    public double[] ExtraResidentialInvestment { get; } = new double[years];
}
