using Continuum.Core.Development;
using Continuum.Core.Inputs;

namespace Continuum.Core.Scenario;

/// <summary>
/// The <c>extra_admissions</c> levers as engine inputs: origins in proportion to the base-year expected inflow to the
/// host (Σ over sexes of the engine's emigration probability origin → host × the origin's residents), sex and age from
/// the given admission shares, education from the origin's cohort shares weighted by its emigration relative risk by
/// education; years from <see cref="DevelopmentLevers.ExtraAdmissionsYearsFrom"/>.
/// </summary>
public static class ExtraAdmissionsPlan
{
    /// <summary>One <see cref="ExtraAdmissions"/> per host of <paramref name="levers"/>.</summary>
    /// <param name="inputs">The engine inputs (after the education response).</param>
    /// <param name="levers">The development levers.</param>
    /// <param name="ageSexShares">[sex × 101 + age] shares of admissions (the first extra year's).</param>
    public static IReadOnlyList<ExtraAdmissions> Build(SimulationInputs inputs, DevelopmentLevers levers, double[] ageSexShares)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(levers);
        var dims = inputs.Dimensions;
        var years = levers.ExtraAdmissionsYearsFrom(dims.BaseYear);
        var result = new List<ExtraAdmissions>();
        foreach (var (country, persons) in levers.ExtraAdmissions)
        {
            var host = dims.IndexOf(country.Code);
            if (host < 0)
            {
                throw new InputException($"'{country}' is not a country of the scenario ({string.Join(", ", dims.Countries)})",
                    field: DevelopmentLevers.ExtraAdmissionsSpec.Field(country.Code));
            }

            result.Add(new ExtraAdmissions(host, persons, years.First, years.Last, OriginWeights(inputs, host), ageSexShares, EducationShares(inputs)));
        }

        return result;
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
}
