using Continuum.Data.Demography;
using System.Text.Json;
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
/// data loaded and overridden by the same library calls as <c>continuum model host-economy</c> (options in snake case; an
/// extra-labour file is the body of a POST). The query is bound through <see cref="HostEconomySpecs"/>; range errors are the
/// model's own and name the same snake-case fields.
/// </summary>
public sealed class HostEconomyService(ShippedDemography demography, ResponseCache cache)
{
    /// <summary>The base populations offered.</summary>
    public static readonly IReadOnlyList<string> BasePopulations = ["wpp", "projection"];

    /// <summary>Columns of the yearly table (as the command's CSV).</summary>
    public static readonly IReadOnlyList<string> YearlyColumns = ["year", "indicator", "base", "scenario", "difference", "unit"];

    /// <summary>Columns of the sensitivity table (as the command's <c>--sensitivity</c> CSV).</summary>
    public static readonly IReadOnlyList<string> SensitivityColumns =
        ["parameter", "value", "real_gdp_pct", "gdp_per_capita_pct", "unemployment_points", "balance_points_of_gdp"];

    /// <summary>Runs the model (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(SpecValues query)
    {
        var (p, labour, key) = Load(Options(query), query, extra: null);
        return cache.GetOrAdd("host-economy|" + key, () => ApiResults.ToJson(View(HostEconomyModel.Run(p, labour), p)));
    }

    /// <summary>
    /// Runs the model with the extra labour from an uploaded file (<c>--extra-labour</c>: columns
    /// <c>year,population,adults,employment,effective_labour</c>) instead of the model's own immigrant cohorts; parsed from
    /// the text by the command's reader, errors naming the file <c>upload</c>. Not cached.
    /// </summary>
    public byte[] RunWithExtraLabourJson(SpecValues query, string csv)
    {
        var options = Options(query);
        var extra = ModelUpload.Parse(name => ExtraLabourFile.Parse(name, csv, options.From, options.HorizonYears));
        var (p, labour, _) = Load(options, query, extra);
        return ApiResults.ToJson(View(HostEconomyModel.Run(p, labour), p));
    }

    /// <summary>The year-10 effects under one-at-a-time parameter changes (<c>--sensitivity</c>), as a <see cref="ModelTable"/> (cached).</summary>
    public byte[] SensitivityJson(SpecValues query)
    {
        var (p, labour, key) = Load(Options(query), query, extra: null);
        return cache.GetOrAdd("host-economy-sensitivity|" + key, () => ApiResults.ToJson(Sensitivity(p, labour)));
    }

    /// <summary>The per-year differences as the command's CSV (<c>year,indicator,base,scenario,difference,unit</c>), cached.</summary>
    public byte[] RunCsv(SpecValues query)
    {
        var (p, labour, key) = Load(Options(query), query, extra: null);
        return cache.GetOrAdd("host-economy-csv|" + key, () => Yearly(HostEconomyModel.Run(p, labour)).ToCsv());
    }

    /// <summary>The sensitivity table as CSV (the columns of <see cref="SensitivityColumns"/>), cached.</summary>
    public byte[] SensitivityCsv(SpecValues query)
    {
        var (p, labour, key) = Load(Options(query), query, extra: null);
        return cache.GetOrAdd("host-economy-sensitivity-csv|" + key, () => Sensitivity(p, labour).ToCsv());
    }

    /// <summary>The yearly differences in the rows of <c>continuum model host-economy --format csv</c>.</summary>
    private static ModelTable Yearly(HostEconomyResult result) => new(YearlyColumns,
        Enumerable.Range(0, result.Years).SelectMany(i => result.Indicators.Select(ind => (IReadOnlyList<object?>)
            [result.StartYear + i, ind.Name, ind.Base[i], ind.Scenario[i], ind.Difference(i), $"{ind.Unit}; difference in {ind.DifferenceUnit}"])).ToList());

    private static ModelTable Sensitivity(HostEconomyParameters p, LabourInput labour) => new(SensitivityColumns,
        HostEconomySensitivity.Run(p, labour).Select(r => (IReadOnlyList<object?>)[r.Parameter, r.Value, r.RealGdpPercent,
            r.GdpPerCapitaPercent, r.UnemploymentPoints, r.BalancePointsOfGdp]).ToList());

    /// <summary>The scenario options of the query, checked by the command's rules (the library's <see cref="HostEconomyOptions"/>).</summary>
    private static HostEconomyOptions Options(SpecValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new HostEconomyOptions(
            query.Number(HostEconomySpecs.ExtraAdmissions) ?? HostEconomyOptions.DefaultExtraAdmissions,
            query.Whole(HostEconomySpecs.From) ?? HostEconomyOptions.DefaultFrom,
            query.Whole(HostEconomySpecs.Years) ?? HostEconomyOptions.DefaultYears,
            query.Whole(HostEconomySpecs.Horizon),
            query.Text(HostEconomySpecs.BasePopulation) ?? HostEconomyOptions.DefaultBasePopulation).Validate();
    }

    private (HostEconomyParameters Parameters, LabourInput Labour, string Key) Load(HostEconomyOptions options, SpecValues query, ExtraLabourSeries? extra)
    {
        var o = HostEconomySpecs.Overrides.Select(query.Number).ToArray();
        var overrides = new HostEconomyOverrides(o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]);
        var (p, labour) = options.Load(demography.Wpp, overrides, extra);
        return (p, labour, (options.ProjectionBase ? "projection" : "wpp") + "|" + JsonSerializer.Serialize(Overrides(p)));
    }

    private static double[] Overrides(HostEconomyParameters p) =>
    [
        p.StartYear, p.AdmissionYears, p.HorizonYears, p.ExtraAdmissionsPerYear, p.RelativeProductivityAtLanding, p.ProductivityConvergenceYears,
        p.EmigrationRatePerYear, p.LabourShare, p.BusinessCapitalAdjustmentPerYear, p.DemandMultiplier, p.OkunCoefficient, p.SpendingShareScalingWithPopulation,
    ];

    private static HostEconomyView View(HostEconomyResult result, HostEconomyParameters p)
    {
        var calendar = Enumerable.Range(p.StartYear, result.Years).ToList();
        return new HostEconomyView(p.StartYear, p.AdmissionYears, p.ExtraAdmissionsPerYear, result.Indicators.Select(i => new HostEconomyLine(i.Name, i.Unit,
            i.DifferenceUnit, calendar, i.Base, i.Scenario, Enumerable.Range(0, result.Years).Select(i.Difference).ToList())).ToList());
    }
}
