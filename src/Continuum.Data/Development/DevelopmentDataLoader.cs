using Continuum.Core.Development;
using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// Builds the development processes' parameters for a list of countries (ISO3 codes in the engine's order,
/// "ROW" for the rest of the world) and a base year from the shipped data, with no levers applied. Sources
/// and assumptions: docs/development.md.
/// </summary>
public static class DevelopmentDataLoader
{
    /// <summary>Loads the parameters; <paramref name="dataDirectory"/> defaults to the shipped data folder.</summary>
    public static DevelopmentParameters Load(IReadOnlyList<string> countries, int baseYear, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var data = dataDirectory ?? DataPaths.DataDirectory();
        var c = countries.Count;
        var integration = IntegrationData.Load(
            Path.Combine(data, "demography", "canada", "statcan_14100085_employment_rate_by_immigrant_status_25_54.csv"), baseYear);
        var (economies, earningsPerWorker) = EconomyData.Load(data, countries, baseYear);
        var schooling = SchoolingData.Load(Path.Combine(data, "demography", "education", "barro_lee_v2.2_attainment_5y_age_sex.csv"), countries, baseYear);
        var costs = CorridorCostData.Load(Path.Combine(data, "rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv"), countries, baseYear);
        var matrix = RemittanceTargetData.Matrix2017(Path.Combine(data, "knomad", "wb_bilateral_remittance_estimates_2017_long.csv"), countries);
        var receipts = WdiValues.ReadSeries(Path.Combine(data, "wdi", "BX.TRF.PWKR.CD.DT.csv"));
        var target = RemittanceBaseYear.Scale(matrix, RemittanceBaseYear.Scales(receipts, countries, baseYear));
        return new DevelopmentParameters
        {
            Countries = countries,
            Integration = integration,
            Recognition = new CredentialRecognition(c, DevelopmentAssumptions.InitialUnderemploymentShare, integration.ConvergenceYears,
                DevelopmentAssumptions.UnderemploymentPenalty),
            Earnings = new EarningsModel(earningsPerWorker, schooling, DevelopmentAssumptions.ReturnPerYearOfSchooling,
                DevelopmentAssumptions.ExperienceLinear, DevelopmentAssumptions.ExperienceQuadratic),
            Remittances = new RemittanceBehaviour(c, DevelopmentAssumptions.RemitProbabilityAtArrival, DevelopmentAssumptions.TieFadingYears),
            Costs = new CorridorCosts(countries, costs),
            Return = new ReturnPolicy(c),
            Economies = economies,
            TargetReceivedUsdMillions = target,
        };
    }
}
