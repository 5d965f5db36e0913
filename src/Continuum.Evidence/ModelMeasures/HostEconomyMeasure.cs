using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Evidence.Claims;
using Continuum.Models.HostEconomy;

namespace Continuum.Evidence.ModelMeasures;

/// <summary>
/// The host-economy model (docs/models/host-economy.md) as a measure: the difference from base of one output in
/// one year, for a scenario of extra admissions (default +100,000 a year for 10 years from 2012), with every
/// parameter from the shipped data. Output differences are percent for levels and points for rates.
/// </summary>
public sealed class HostEconomyMeasure : IModelMeasure
{
    /// <inheritdoc />
    public string Name => "host-economy";

    /// <inheritdoc />
    public IReadOnlyList<string> SettingNames { get; } = ["extra_admissions", "from", "years"];

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames { get; } =
        ["real_gdp", "gdp_per_capita", "unemployment_rate", "population", "labour_force", "employment", "investment", "government_balance"];

    /// <inheritdoc />
    public (double Value, string Source, string Vintage) Evaluate(ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var extra = spec.Settings.GetValueOrDefault("extra_admissions", 100_000);
        var from = (int)spec.Settings.GetValueOrDefault("from", 2012);
        var years = (int)spec.Settings.GetValueOrDefault("years", 10);
        var horizon = Math.Max(years, spec.Year - from + 1);
        if (spec.Year < from)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"year {spec.Year} is before the scenario starts ({from})"), null, spec.Line, "year");
        }

        var wpp = WppDemography.LoadShipped();
        var labour = CanadaHostEconomy.BasePopulationFromWpp(wpp, from, horizon);
        var parameters = CanadaHostEconomy.Parameters(wpp, DataPaths.Shipped("demography"), labour, from, years, horizon, extra).Validate();
        var result = HostEconomyModel.Run(parameters, labour);
        var indicator = result.Indicators.FirstOrDefault(i => i.Name == spec.Output)
                        ?? throw new InputException($"the host-economy model has no output '{spec.Output}' (outputs: {string.Join(", ", result.Indicators.Select(i => i.Name))})", null, spec.Line, "output");
        return (indicator.Difference(spec.Year - from), "Continuum host-economy model (PWT 10.01, StatCan LFS, IRCC, WPP 2019)",
            "model run on shipped data");
    }
}
