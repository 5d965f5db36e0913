namespace Continuum.Models.HostEconomy;

/// <summary>How <see cref="HostEconomyIndicator.Difference"/> compares scenario with base.</summary>
public enum DifferenceKind
{
    /// <summary>Percent difference of levels: 100·(scenario / base − 1).</summary>
    Percent,

    /// <summary>Difference of rates in percentage points: scenario − base.</summary>
    Points,

    /// <summary>Difference of levels in the indicator's unit (for series that change sign, e.g. a balance).</summary>
    Level,
}

/// <summary>One reported series in base and scenario, by year index, with its unit.</summary>
/// <param name="Name">Indicator code, e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of the levels, e.g. "million 2017 US$", "percent".</param>
/// <param name="Kind">How the difference is expressed.</param>
/// <param name="Base">Base levels.</param>
/// <param name="Scenario">Scenario levels.</param>
public sealed record HostEconomyIndicator(string Name, string Unit, DifferenceKind Kind, double[] Base, double[] Scenario)
{
    /// <summary>The difference in year index <paramref name="i"/>: percent for levels, points for rates.</summary>
    public double Difference(int i) => Kind == DifferenceKind.Percent
        ? (Base[i] != 0 ? ((Scenario[i] / Base[i]) - 1) * 100 : double.NaN)
        : Scenario[i] - Base[i];

    /// <summary>The unit of <see cref="Difference"/>: "percent", "points" or the level unit.</summary>
    public string DifferenceUnit => Kind switch
    {
        DifferenceKind.Percent => "percent",
        DifferenceKind.Points => "points",
        _ => Unit,
    };
}

/// <summary>The result of a <see cref="HostEconomyModel"/> run: indicators by year from the start year.</summary>
/// <param name="StartYear">The first year.</param>
/// <param name="AdmissionYears">Years with extra admissions.</param>
/// <param name="Indicators">The reported series.</param>
public sealed record HostEconomyResult(int StartYear, int AdmissionYears, IReadOnlyList<HostEconomyIndicator> Indicators)
{
    /// <summary>Number of years.</summary>
    public int Years => Indicators[0].Base.Length;

    /// <summary>The indicator called <paramref name="name"/>.</summary>
    public HostEconomyIndicator this[string name] => Indicators.First(i => i.Name == name);

    /// <summary>Real GDP difference from base in the last admission year (year 10 of the standard scenario), percent.</summary>
    public double GdpEffectAtEndOfAdmissions => this["real_gdp"].Difference(AdmissionYears - 1);
}
