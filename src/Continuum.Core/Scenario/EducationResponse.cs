using Continuum.Core.Development;
using Continuum.Core.Inputs;

namespace Continuum.Core.Scenario;

/// <summary>
/// The education response to emigration prospects (the incentive channel): each origin with a positive elasticity
/// has the tertiary share of its new cohorts shifted by exp(ε·m) (<see cref="ReturnPolicy.ShiftShares"/>), m being the
/// base-year probability that a tertiary-educated native lives abroad, approximated as S·RR / (S·RR + N) with S the
/// emigrant stock (2017 matrix), RR the tertiary emigration relative risk and N the resident population.
/// </summary>
public static class EducationResponse
{
    /// <summary>
    /// <paramref name="inputs"/> with the cohort education shares shifted by <paramref name="policy"/>'s elasticities
    /// (a new <see cref="EducationRates"/>; the given inputs are not modified). Returns the same inputs when no elasticity is set.
    /// </summary>
    public static SimulationInputs Apply(SimulationInputs inputs, ReturnPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(policy);
        var dims = inputs.Dimensions;
        double[]? cohort = null;
        for (var o = 0; o < dims.CountryCount; o++)
        {
            if (policy.EducationElasticity(o) > 0)
            {
                cohort ??= (double[])inputs.Education.CohortShares.Clone();
                var prospect = SkilledEmigrationProspect(inputs, o);
                for (var s = 0; s < 2; s++)
                {
                    policy.ShiftShares(o, cohort.AsSpan(((o * 2) + s) * 3, 3), prospect);
                }
            }
        }

        return cohort is null ? inputs
            : inputs with { Education = new EducationRates(dims, inputs.Education.BaseShares, cohort) };
    }

    /// <summary>m: the base-year probability that a tertiary-educated native of <paramref name="origin"/> lives abroad (approximation, see the type).</summary>
    public static double SkilledEmigrationProspect(SimulationInputs inputs, int origin)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var c = inputs.Dimensions.CountryCount;
        double abroad = 0, residents = 0;
        for (var r = 0; r < c; r++)
        {
            abroad += r == origin ? 0 : inputs.Migration.BaseStockPersons[(origin * c) + r];
        }

        var cells = 2 * Dimensions.Ages;
        for (var k = 0; k < cells; k++)
        {
            residents += inputs.Base.Persons[(origin * cells) + k];
        }

        var rr = inputs.Migration.EmigrationEducationRelativeRisk[(origin * Dimensions.EducationLevels) + 2];
        var skilledAbroad = abroad * rr;
        return skilledAbroad + residents > 0 ? skilledAbroad / (skilledAbroad + residents) : 0;
    }
}
