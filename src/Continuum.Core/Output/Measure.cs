namespace Continuum.Core.Output;

/// <summary>What a result cell counts. Population, labour force and employed are stocks at the census date
/// of the year; the others are events between that census and the next.</summary>
public enum Measure
{
    /// <summary>Residents.</summary>
    Population = 0,

    /// <summary>Residents in the labour force.</summary>
    LabourForce = 1,

    /// <summary>Residents employed.</summary>
    Employed = 2,

    /// <summary>Births (counted in the newborn's cell).</summary>
    Births = 3,

    /// <summary>Deaths.</summary>
    Deaths = 4,

    /// <summary>Residents who left (any move abroad), counted in the origin cell.</summary>
    Emigrants = 5,

    /// <summary>Foreign-born arrivals, counted in the destination cell.</summary>
    Immigrants = 6,

    /// <summary>Arrivals of persons born in the destination (returns home).</summary>
    Returns = 7,
}
