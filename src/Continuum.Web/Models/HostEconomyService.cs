using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Data.IO;
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
/// data loaded and overridden exactly as <c>continuum model host-economy</c> does it (options in snake case; an
/// extra-labour file is a command-line option only). Range errors are the model's own, renamed to the web's names.
/// </summary>
public sealed class HostEconomyService(ShippedDemography demography, ResponseCache cache)
{
    /// <summary>The base populations offered.</summary>
    public static readonly IReadOnlyList<string> BasePopulations = ["wpp", "projection"];

    /// <summary>Columns of the sensitivity table (as the command's <c>--sensitivity</c> CSV).</summary>
    public static readonly IReadOnlyList<string> SensitivityColumns =
        ["parameter", "value", "real_gdp_pct", "gdp_per_capita_pct", "unemployment_points", "balance_points_of_gdp"];

    /// <summary>Runs the model (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(HostEconomyQuery query)
    {
        var (p, labour, key) = Load(query);
        return cache.GetOrAdd("host-economy|" + key, () => ApiResults.ToJson(View(HostEconomyModel.Run(p, labour), p)));
    }

    /// <summary>
    /// Runs the model with the extra labour from an uploaded file (<c>--extra-labour</c>: columns
    /// <c>year,population,adults,employment,effective_labour</c>) instead of the model's own immigrant cohorts; read by
    /// the command's reader from a private temporary file, errors naming the file <c>upload</c>. Not cached.
    /// </summary>
    public byte[] RunWithExtraLabourJson(HostEconomyQuery query, string csv)
    {
        var (p, labour, _) = Load(query);
        var extra = ModelUpload.WithTemporaryFile(csv, path => ExtraLabourFile.Read(path, p.StartYear, p.HorizonYears));
        return ApiResults.ToJson(View(HostEconomyModel.Run(p, labour.WithExternalExtra(extra)), p));
    }

    /// <summary>The year-10 effects under one-at-a-time parameter changes (<c>--sensitivity</c>), as a <see cref="ModelTable"/> (cached).</summary>
    public byte[] SensitivityJson(HostEconomyQuery query)
    {
        var (p, labour, key) = Load(query);
        return cache.GetOrAdd("host-economy-sensitivity|" + key, () => ApiResults.ToJson(new ModelTable(SensitivityColumns,
            HostEconomySensitivity.Run(p, labour).Select(r => (IReadOnlyList<object?>)[r.Parameter, r.Value, r.RealGdpPercent,
                r.GdpPerCapitaPercent, r.UnemploymentPoints, r.BalancePointsOfGdp]).ToList())));
    }

    private (HostEconomyParameters Parameters, LabourInput Labour, string Key) Load(HostEconomyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var extra = QueryArgs.Int(query.ExtraAdmissions, "extra_admissions", 0, 5_000_000, 100_000);
        var from = QueryArgs.Int(query.From, "from", 2006, 2014, 2012);
        var years = QueryArgs.Int(query.Years, "years", 1, 50, 10);
        var horizon = QueryArgs.Int(query.Horizon, "horizon", years, 60, years);
        var source = ModelArgs.Choice(query.BasePopulation, "base_population", BasePopulations, "wpp");
        var wpp = demography.Wpp;
        var labour = source == "projection"
            ? CanadaHostEconomy.BasePopulationFromProjection(wpp, from, horizon)
            : CanadaHostEconomy.BasePopulationFromWpp(wpp, from, horizon);
        var p = CanadaHostEconomy.Parameters(wpp, DataPaths.Shipped("demography"), labour, from, years, horizon, extra);
        var capital = ModelArgs.Number(query.CapitalAdjustment, "capital_adjustment");
        p = p with
        {
            RelativeProductivityAtLanding = ModelArgs.Number(query.RelativeProductivity, "relative_productivity") ?? p.RelativeProductivityAtLanding,
            ProductivityConvergenceYears = ModelArgs.Number(query.ProductivityConvergenceYears, "productivity_convergence_years") ?? p.ProductivityConvergenceYears,
            EmigrationRatePerYear = ModelArgs.Number(query.EmigrationRate, "emigration_rate") ?? p.EmigrationRatePerYear,
            LabourShare = ModelArgs.Number(query.LabourShare, "labour_share") ?? p.LabourShare,
            BusinessCapitalAdjustmentPerYear = capital ?? p.BusinessCapitalAdjustmentPerYear,
            HousingAdjustmentPerYear = capital ?? p.HousingAdjustmentPerYear,
            DemandMultiplier = ModelArgs.Number(query.DemandMultiplier, "demand_multiplier") ?? p.DemandMultiplier,
            OkunCoefficient = ModelArgs.Number(query.Okun, "okun") ?? p.OkunCoefficient,
            SpendingShareScalingWithPopulation = ModelArgs.Number(query.PopulationScaledSpending, "population_scaled_spending") ?? p.SpendingShareScalingWithPopulation,
        };
        try
        {
            p = p.Validate();
        }
        catch (InputException ex) when (ex.Field is not null)
        {
            // The model names the command's options (demand-multiplier); the web's parameters are in snake case.
            throw new InputException(ex.Problem, field: ex.Field.Replace('-', '_'), inner: ex);
        }

        return (p, labour, source + "|" + JsonSerializer.Serialize(Overrides(p)));
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
