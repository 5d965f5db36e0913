using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Scenario;

namespace Continuum.Data.Development;

/// <summary>
/// Development parameters for a scenario: the shipped-data defaults (<see cref="DevelopmentDataLoader"/>) with the
/// file's <c>[development]</c> levers applied, and the two levers that act through the engine's own processes
/// written into its inputs: the return incentive multiplies the engine's return-hazard lever of the country of
/// birth, and the education response shifts the tertiary share of new cohorts by exp(ε·m), m being the base-year
/// probability that a tertiary-educated native lives abroad, approximated as S·RR / (S·RR + N) with S the
/// emigrant stock (2017 matrix), RR the tertiary emigration relative risk and N the resident population.
/// </summary>
public static class DevelopmentScenario
{
    /// <summary>Loads the parameters and applies the engine-side levers to <paramref name="inputs"/> (freshly loaded for this scenario).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="inputs">Its freshly loaded engine inputs (modified in place).</param>
    /// <param name="dataDirectory">The data folder (default: shipped).</param>
    /// <param name="levers">The levers to apply (default: the scenario file's <c>[development]</c> table).</param>
    public static DevelopmentParameters Load(ScenarioDefinition scenario, SimulationInputs inputs, string? dataDirectory = null, IReadOnlyList<DevelopmentLever>? levers = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        var dims = inputs.Dimensions;
        var defaults = DevelopmentDataLoader.Load(dims.Countries, dims.BaseYear, dataDirectory);
        var p = DevelopmentLeverApplier.Apply(defaults, levers ?? DevelopmentLeverFile.Read(scenario.SourceFile));
        for (var o = 0; o < dims.CountryCount; o++)
        {
            inputs.Levers.ReturnHazardMultiplier[o] *= p.Return.ReturnHazardMultiplier(o);
            if (p.Return.EducationElasticity(o) > 0)
            {
                var prospect = SkilledEmigrationProspect(inputs, o);
                for (var s = 0; s < 2; s++)
                {
                    p.Return.ShiftShares(o, inputs.Education.CohortShares.AsSpan(((o * 2) + s) * 3, 3), prospect);
                }
            }
        }

        return p;
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
