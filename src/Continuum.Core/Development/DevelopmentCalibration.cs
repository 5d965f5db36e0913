using Continuum.Core.Population;

namespace Continuum.Core.Development;

/// <summary>The per-run calibration: anchored earnings, calibrated remittance shares and the corridor fits.</summary>
/// <param name="Earnings">Earnings anchored to each country's earnings per worker.</param>
/// <param name="Remittances">Remittance behaviour with calibrated shares.</param>
/// <param name="MeanFactorOfEmployed">Expected mean earnings factor of the employed by country (average-worker unit).</param>
/// <param name="Fits">Per-corridor calibration result.</param>
/// <param name="ExpectedEmployedPersons">Expected employed persons of the base year by country (lever-free): the effective labour that calibrates TFP.</param>
public sealed record CalibratedDevelopment(EarningsModel Earnings, RemittanceBehaviour Remittances, double[] MeanFactorOfEmployed, IReadOnlyList<CorridorFit> Fits,
    double[] ExpectedEmployedPersons)
{
    /// <summary>Sampling standard errors of the simulated base-year corridor amounts, [host × C + origin], US$ millions.</summary>
    public double[] StandardErrors(int countries)
    {
        var se = new double[countries * countries];
        foreach (var f in Fits)
        {
            se[(f.Host * countries) + f.Origin] = f.StandardErrorUsdMillions;
        }

        return se;
    }
}

/// <summary>
/// Calibrates on the base population before the first year, with expectations only (no draws), so the result
/// is the same for any scenario that shares the base population: levers (recognition agreements, return
/// premium, scenario corridor costs) are deliberately ignored here and only act in the integration and remittance processes. Each person
/// aged 15–64 counts with weight × expected employment probability (participation × employment, times the
/// immigrant ratio by years since landing); the employed mean earnings factor anchors each country's earnings,
/// and Σ weight × P(employed) × p(τ) × earnings per corridor calibrates the remitted shares.
/// </summary>
public static class DevelopmentCalibration
{
    /// <summary>Runs the calibration.</summary>
    /// <param name="p">Parameters.</param>
    /// <param name="state">The base population.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="employmentProbability">Expected employment probability at ages 15–64 by [(residence × 2 + sex) × 4 + band], band 0–2 = years since landing &lt;5, 5–9, 10+ (foreign-born), 3 = born in the country.</param>
    public static CalibratedDevelopment Calibrate(DevelopmentParameters p, PopulationState state, int baseYear, double[] employmentProbability)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(employmentProbability);
        var c = p.Countries.Count;
        var underFactor = 1 - p.Recognition.EarningsPenalty;
        var (meanFactor, employed) = MeanFactors(p, state, baseYear, employmentProbability, underFactor);
        var earnings = p.Earnings.Anchored(meanFactor);
        var remittances = new RemittanceBehaviour(c, p.Remittances.RemitProbabilityAtArrival, p.Remittances.TieFadingYears);
        var (baseUsd, varianceUsd2) = RemittanceBase(p, state, baseYear, employmentProbability, earnings, remittances, underFactor);
        var rest = -1;
        for (var k = 0; k < c; k++)
        {
            rest = p.Countries[k] == Inputs.Dimensions.RestOfWorld ? k : rest;
        }

        var fits = RemittanceCalibration.Calibrate(remittances, p.TargetReceivedUsdMillions, baseUsd, p.Costs, varianceUsd2, rest);
        return new CalibratedDevelopment(earnings, remittances, meanFactor, fits, employed);
    }

    /// <summary>The expected mean earnings factor of the employed and the expected employed persons, by country.</summary>
    private static (double[] MeanFactor, double[] Employed) MeanFactors(DevelopmentParameters p, PopulationState state, int baseYear,
        double[] employmentProbability, double underFactor)
    {
        var c = p.Countries.Count;
        var weight = new double[c];
        var factorSum = new double[c];
        for (var i = 0; i < state.Count; i++)
        {
            var pe = ExpectedEmployment(state, i, baseYear, employmentProbability);
            if (pe > 0)
            {
                int r = state.Residence[i];
                var w = state.Weight[i] * pe;
                weight[r] += w;
                factorSum[r] += w * BaseFactor(p, state, i, baseYear, underFactor);
            }
        }

        var meanFactor = new double[c];
        var employed = new double[c];
        for (var r = 0; r < c; r++)
        {
            meanFactor[r] = weight[r] > 0 ? factorSum[r] / weight[r] : 1;
            employed[r] = weight[r] / PopulationState.WeightUnitsPerPerson;
        }

        return (meanFactor, employed);
    }

    private static (double[] Mean, double[] Variance) RemittanceBase(DevelopmentParameters p, PopulationState state, int year, double[] employment,
        EarningsModel earnings, RemittanceBehaviour remittances, double underFactor)
    {
        var c = p.Countries.Count;
        var baseUsd = new double[c * c];
        var variance = new double[c * c];
        for (var i = 0; i < state.Count; i++)
        {
            int r = state.Residence[i], b = state.BirthCountry[i];
            var pe = b == r ? 0 : ExpectedEmployment(state, i, year, employment);
            if (pe <= 0)
            {
                continue;
            }

            var factor = BaseFactor(p, state, i, year, underFactor);
            var amount = state.Weight[i] / (double)PopulationState.WeightUnitsPerPerson
                * remittances.RemitProbability(state.YearsSinceMigration[i]) * earnings.Scale(r) * factor;
            baseUsd[(r * c) + b] += pe * amount;
            variance[(r * c) + b] += pe * (1 - pe) * amount * amount;
        }

        return (baseUsd, variance);
    }

    private static double ExpectedEmployment(PopulationState state, int i, int year, double[] employment)
    {
        var age = year - state.BirthYear[i];
        if (state.Alive[i] == 0 || age < 15 || age > 64)
        {
            return 0;
        }

        int r = state.Residence[i], b = state.BirthCountry[i];
        var ysm = state.YearsSinceMigration[i];
        var band = b == r ? 3 : ysm < 5 ? 0 : ysm < 10 ? 1 : 2;
        return employment[(((r * 2) + state.Sex[i]) * 4) + band];
    }

    /// <summary>
    /// The expected employment table of <see cref="Calibrate"/> from the engine's labour rates in year index
    /// <paramref name="yearIndex"/>: participation × employment, times the immigrant ratio by landing band.
    /// </summary>
    public static double[] EmploymentTable(Inputs.LabourRates labour, Inputs.Dimensions dims, int yearIndex)
    {
        ArgumentNullException.ThrowIfNull(labour);
        ArgumentNullException.ThrowIfNull(dims);
        var table = new double[dims.CountryCount * 2 * 4];
        for (var r = 0; r < dims.CountryCount; r++)
        {
            for (var s = 0; s < 2; s++)
            {
                var k = (((r * dims.Years) + yearIndex) * 2) + s;
                var p = labour.ParticipationProbability[k] * labour.EmploymentProbability[k];
                for (var band = 0; band < 4; band++)
                {
                    table[(((r * 2) + s) * 4) + band] = Math.Min(1, band == 3 ? p : p * labour.ImmigrantEmploymentRatio[band]);
                }
            }
        }

        return table;
    }

    /// <summary>The lever-free expected earnings factor: Mincer factor, times the expected underemployment penalty for tertiary immigrants.</summary>
    private static double BaseFactor(DevelopmentParameters p, PopulationState state, int i, int year, double underFactor)
    {
        int r = state.Residence[i], b = state.BirthCountry[i], e = state.Education[i];
        var age = Math.Min(PopulationState.MaxAge, year - state.BirthYear[i]);
        var factor = p.Earnings.RelativeFactor(r, e, age);
        if (b != r && e == (int)EducationLevel.Tertiary)
        {
            var u = p.Recognition.InitialUnderemploymentShare * Math.Exp(-state.YearsSinceMigration[i] / p.Recognition.ConvergenceYears);
            factor *= 1 - (u * (1 - underFactor));
        }

        return factor;
    }
}
