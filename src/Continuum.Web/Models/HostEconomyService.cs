using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Models.HostEconomy;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>The host-economy model's answer: every indicator in base and scenario, by year.</summary>
/// <param name="FromYear">First year of extra admissions.</param>
/// <param name="AdmissionYears">Years with extra admissions.</param>
/// <param name="ExtraAdmissionsPersonsPerYear">Extra permanent residents a year.</param>
/// <param name="Indicators">The model's indicators.</param>
public sealed record HostEconomyView(int FromYear, int AdmissionYears, double ExtraAdmissionsPersonsPerYear, IReadOnlyList<HostEconomyLine> Indicators);

/// <summary>One indicator of the host-economy model.</summary>
/// <param name="Name">Code, e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of the levels.</param>
/// <param name="DifferenceUnit">Unit of the difference (percent, points or the level unit).</param>
/// <param name="Years">Calendar years.</param>
/// <param name="Base">Base levels.</param>
/// <param name="Scenario">Scenario levels.</param>
/// <param name="Difference">Scenario against base, in <paramref name="DifferenceUnit"/>.</param>
public sealed record HostEconomyLine(string Name, string Unit, string DifferenceUnit, IReadOnlyList<int> Years,
    IReadOnlyList<double> Base, IReadOnlyList<double> Scenario, IReadOnlyList<double> Difference);

/// <summary>
/// The host-economy model (docs/models/host-economy.md) for the web, with Canada's parameters from the shipped
/// data as <c>continuum model host-economy</c> loads them, and the same ranges for the settings a user may change.
/// </summary>
public sealed class HostEconomyService(ResponseCache cache)
{
    /// <summary>Runs the model (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(string? extraAdmissions, string? from, string? years, string? relativeProductivity, string? demandMultiplier)
    {
        var extra = QueryArgs.Int(extraAdmissions, "extra_admissions", 0, 5_000_000, 100_000);
        var first = QueryArgs.Int(from, "from", 2006, 2014, 2012);
        var span = QueryArgs.Int(years, "years", 1, 50, 10);
        var productivity = Fraction(relativeProductivity, "relative_productivity", 0, 1.5);
        var demand = Fraction(demandMultiplier, "demand_multiplier", 0, 3);
        var key = string.Create(CultureInfo.InvariantCulture, $"host-economy|{extra}|{first}|{span}|{productivity}|{demand}");
        return cache.GetOrAdd(key, () => ApiResults.ToJson(Run(extra, first, span, productivity, demand)));
    }

    private static HostEconomyView Run(int extra, int from, int years, double? productivity, double? demand)
    {
        var wpp = WppDemography.LoadShipped();
        var labour = CanadaHostEconomy.BasePopulationFromWpp(wpp, from, years);
        var p = CanadaHostEconomy.Parameters(wpp, DataPaths.Shipped("demography"), labour, from, years, years, extra);
        p = (p with
        {
            RelativeProductivityAtLanding = productivity ?? p.RelativeProductivityAtLanding,
            DemandMultiplier = demand ?? p.DemandMultiplier,
        }).Validate();
        var result = HostEconomyModel.Run(p, labour);
        var calendar = Enumerable.Range(from, result.Years).ToList();
        return new HostEconomyView(from, years, extra, result.Indicators.Select(i => new HostEconomyLine(i.Name, i.Unit, i.DifferenceUnit, calendar,
            i.Base, i.Scenario, Enumerable.Range(0, result.Years).Select(i.Difference).ToList())).ToList());
    }

    private static double? Fraction(string? value, string field, double min, double max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw new InputException($"'{QueryArgs.Clip(value)}' is not a number", field: field);
        }

        return v >= min && v <= max ? v
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{v} is outside {min}..{max}"), field: field);
    }
}
