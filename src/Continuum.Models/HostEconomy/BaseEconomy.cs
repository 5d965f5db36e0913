namespace Continuum.Models.HostEconomy;

/// <summary>The base run's paths by year index (persons; million 2017 US$).</summary>
internal sealed class BaseEconomy(int years)
{
    public double[] Population { get; } = new double[years];

    public double[] Adults { get; } = new double[years];

    public double[] Employment { get; } = new double[years];

    public double[] Capital { get; } = new double[years];

    public double[] Gdp { get; } = new double[years];

    public double Tfp { get; set; }
}
