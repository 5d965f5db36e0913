using Continuum.Core.Output;

namespace Continuum.Core.Development;

/// <summary>What an <see cref="IndicatorDefinition.Compute"/> sees of one year and country of a replicate.</summary>
/// <param name="YearIndex">Year − base year.</param>
/// <param name="Country">Country index.</param>
/// <param name="Result">The engine's result.</param>
/// <param name="Development">The development sums.</param>
/// <param name="Path">The country's production path (<see cref="ProductionEconomy"/>).</param>
/// <param name="Population">Residents, persons.</param>
/// <param name="Employed">Employed residents, persons.</param>
/// <param name="LabourForce">Residents in the labour force, persons.</param>
/// <param name="ReceivedUsdMillions">Remittances received net of costs, US$ millions.</param>
/// <param name="HumanCapital">Human capital of residents aged 25+.</param>
public sealed record IndicatorContext(int YearIndex, int Country, SimulationResult Result, DevelopmentResult Development, EconomyPath Path,
    double Population, double Employed, double LabourForce, double ReceivedUsdMillions, HumanCapital HumanCapital);
