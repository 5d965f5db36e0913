using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Data.Demography;

namespace Continuum.Data.Development;

/// <summary>
/// Builds the <c>extra_admissions</c> levers of a scenario: origins in proportion to the base-year expected inflow
/// to the host (Σ over sexes of the engine's emigration probability origin → host × the origin's residents), sex
/// and age from IRCC Facts and Figures 2014 admissions to Canada (the first extra year, clamped to 2006–2014; used for
/// any host, an approximation outside Canada), education from the origin's cohort shares weighted by its emigration
/// relative risk by education. Years: <c>extra_admissions_years = [first, last]</c>, default the ten years after the
/// base year.
/// </summary>
public static class ExtraAdmissionsBuilder
{
    /// <summary>The extra-admission levers of <paramref name="levers"/> for <paramref name="inputs"/>.</summary>
    public static IReadOnlyList<ExtraAdmissions> Build(SimulationInputs inputs, IReadOnlyList<DevelopmentLever> levers, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(levers);
        var dims = inputs.Dimensions;
        var (first, last) = Years(levers, dims.BaseYear, dims.HorizonYear);
        var result = new List<ExtraAdmissions>();
        foreach (var lever in levers.Where(l => l.Lever == "extra_admissions"))
        {
            var host = dims.IndexOf(lever.Key.ToUpperInvariant());
            if (host < 0)
            {
                throw lever.Error($"'{lever.Key}' is not a country of the scenario ({string.Join(", ", dims.Countries)})");
            }

            var ageSex = AgeSexShares(dataDirectory, first);
            result.Add(new ExtraAdmissions(host, lever.Value, first, last, OriginWeights(inputs, host), ageSex, EducationShares(inputs)));
        }

        return result;
    }

    /// <summary>
    /// The first and last year of extra admissions: <c>extra_admissions_years</c>, or the ten years after the base year;
    /// an <see cref="InputException"/> at the lever when the years do not lie within the run (first ≤ last, base year to
    /// the year before the horizon).
    /// </summary>
    public static (int First, int Last) Years(IReadOnlyList<DevelopmentLever> levers, int baseYear, int horizonYear)
    {
        ArgumentNullException.ThrowIfNull(levers);
        var years = levers.FirstOrDefault(l => l.Lever == "extra_admissions_years");
        var first = years is null ? baseYear + 1 : (int)years.Value;
        var last = years is null ? baseYear + 10 : (int)years.DelayYears;
        if (years is not null && (first < baseYear || last < first || last >= horizonYear))
        {
            throw years.Error($"the years must lie within the run, first ≤ last, from {baseYear} to {horizonYear - 1}");
        }

        return (first, last);
    }

    private static double[] OriginWeights(SimulationInputs inputs, int host)
    {
        var c = inputs.Dimensions.CountryCount;
        var weights = new double[c];
        for (var o = 0; o < c; o++)
        {
            for (var s = 0; s < 2; s++)
            {
                double residents = 0;
                for (var a = 0; a < Dimensions.Ages; a++)
                {
                    residents += inputs.Base.Persons[(((o * 2) + s) * Dimensions.Ages) + a];
                }

                weights[o] += o == host ? 0 : inputs.Migration.EmigrationProbability[(((o * 2) + s) * c) + host] * residents;
            }
        }

        return weights;
    }

    private static double[] EducationShares(SimulationInputs inputs)
    {
        var c = inputs.Dimensions.CountryCount;
        var shares = new double[c * 3];
        for (var o = 0; o < c; o++)
        {
            for (var l = 0; l < 3; l++)
            {
                var cohort = (inputs.Education.CohortShares[(o * 2 * 3) + l] + inputs.Education.CohortShares[(((o * 2) + 1) * 3) + l]) / 2;
                shares[(o * 3) + l] = cohort * inputs.Migration.EmigrationEducationRelativeRisk[(o * 3) + l];
            }
        }

        return shares;
    }

    private static double[] AgeSexShares(string dataDirectory, int year)
    {
        var src = new HostEconomySources(Path.Combine(dataDirectory, "demography"));
        var shares = CanadaHostEconomy.AdmissionShares(src, Math.Clamp(year, 2006, 2014));
        return [.. shares[0], .. shares[1]];
    }
}
