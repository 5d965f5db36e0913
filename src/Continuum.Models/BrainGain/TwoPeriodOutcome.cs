namespace Continuum.Models.BrainGain;

/// <summary>The two-period model solved at one emigration probability. Masses are shares of a native cohort of 1.</summary>
/// <param name="EmigrationProbability">p: probability that a schooled native may work abroad.</param>
/// <param name="SchoolingThreshold">Lowest ability that chooses schooling (ability units); AbilityMax when nobody does.</param>
/// <param name="SchooledShare">Share of the native cohort that chooses schooling (ex ante), in [0, 1].</param>
/// <param name="ResidentShare">Mass of the cohort living at home in period 2 (stayers plus returnees), in [0, 1].</param>
/// <param name="ResidentHumanCapital">Average human capital of period-2 residents (home efficiency units: home wage / W_H).</param>
/// <param name="ResidentSchooledShare">Share of period-2 residents who are schooled, in [0, 1].</param>
/// <param name="ReturneeShare">Mass of the cohort that emigrated and returned, in [0, 1].</param>
/// <param name="PermanentEmigrantShare">Mass of the cohort that emigrated for good, in [0, 1].</param>
public sealed record TwoPeriodOutcome(
    double EmigrationProbability,
    double SchoolingThreshold,
    double SchooledShare,
    double ResidentShare,
    double ResidentHumanCapital,
    double ResidentSchooledShare,
    double ReturneeShare,
    double PermanentEmigrantShare);
