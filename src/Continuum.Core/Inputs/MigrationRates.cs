namespace Continuum.Core.Inputs;

/// <summary>
/// Annual migration probabilities calibrated to the Abel–Cohen bilateral flows of the base period, and the
/// base-year migrant stocks (World Bank 2017 bilateral matrix): see docs/engine.md for the equations.
/// Relative-risk tables average 1 over the base-year population at risk, so corridor totals are kept.
/// </summary>
public sealed class MigrationRates
{
    /// <summary>Years-since-migration bins of the base stock: 0–4, 5–9, 10–14, 15–19, 20–39.</summary>
    public const int DurationBins = 5;

    /// <summary>Length of the return relative-risk table (years since migration 0..MaxDuration, the last is open).</summary>
    public const int Durations = 31;

    /// <summary>Validates the tables.</summary>
    public MigrationRates(Dimensions dims, MigrationTables t)
    {
        ArgumentNullException.ThrowIfNull(dims);
        ArgumentNullException.ThrowIfNull(t);
        var c = dims.CountryCount;
        EmigrationProbability = RateCheck.Probabilities(t.EmigrationProbability, c * 2 * c, "emigration probability");
        EmigrationAgeRelativeRisk = RateCheck.NonNegative(t.EmigrationAgeRelativeRisk, c * 2 * Dimensions.Ages, "emigration age relative risk");
        EmigrationEducationRelativeRisk = RateCheck.NonNegative(t.EmigrationEducationRelativeRisk, c * Dimensions.EducationLevels, "emigration education relative risk");
        ReturnProbability = RateCheck.Probabilities(t.ReturnProbability, c * c, "return probability");
        ReturnDurationRelativeRisk = RateCheck.NonNegative(t.ReturnDurationRelativeRisk, Durations, "return duration relative risk");
        OnwardProbability = RateCheck.Probabilities(t.OnwardProbability, c * c, "onward probability");
        BaseOriginProbability = RateCheck.Probabilities(t.BaseOriginProbability, c * 2 * c, "base origin probability");
        DurationBinProbability = RateCheck.Probabilities(t.DurationBinProbability, c * c * DurationBins, "base duration probability");
        BaseStockPersons = RateCheck.NonNegative(t.BaseStockPersons ?? new double[c * c], c * c, "base stock");
    }

    /// <summary>Target base-year stock born in b living in r, persons: [b × C + r] (for validation and reports).</summary>
    public double[] BaseStockPersons { get; }

    /// <summary>Native of o, sex s, emigrates to d this year: [(o × 2 + s) × C + d].</summary>
    public double[] EmigrationProbability { get; }

    /// <summary>[(o × 2 + s) × Ages + age].</summary>
    public double[] EmigrationAgeRelativeRisk { get; }

    /// <summary>[o × 3 + level].</summary>
    public double[] EmigrationEducationRelativeRisk { get; }

    /// <summary>Person born in b living in r goes home this year: [r × C + b].</summary>
    public double[] ReturnProbability { get; }

    /// <summary>[yearsSinceMigration], capped at the last entry.</summary>
    public double[] ReturnDurationRelativeRisk { get; }

    /// <summary>Foreign-born resident of r moves on to d: [r × C + d].</summary>
    public double[] OnwardProbability { get; }

    /// <summary>Base resident of r, sex s, aged 15+, was born in b: [(r × 2 + s) × C + b] (0 for b = r).</summary>
    public double[] BaseOriginProbability { get; }

    /// <summary>Arrival period of the base stock born in b living in r: [(b × C + r) × DurationBins + bin].</summary>
    public double[] DurationBinProbability { get; }
}

/// <summary>The raw tables of <see cref="MigrationRates"/>, as built by a loader.</summary>
public sealed class MigrationTables
{
    /// <summary>See <see cref="MigrationRates.EmigrationProbability"/>.</summary>
    public required double[] EmigrationProbability { get; init; }

    /// <summary>See <see cref="MigrationRates.EmigrationAgeRelativeRisk"/>.</summary>
    public required double[] EmigrationAgeRelativeRisk { get; init; }

    /// <summary>See <see cref="MigrationRates.EmigrationEducationRelativeRisk"/>.</summary>
    public required double[] EmigrationEducationRelativeRisk { get; init; }

    /// <summary>See <see cref="MigrationRates.ReturnProbability"/>.</summary>
    public required double[] ReturnProbability { get; init; }

    /// <summary>See <see cref="MigrationRates.ReturnDurationRelativeRisk"/>.</summary>
    public required double[] ReturnDurationRelativeRisk { get; init; }

    /// <summary>See <see cref="MigrationRates.OnwardProbability"/>.</summary>
    public required double[] OnwardProbability { get; init; }

    /// <summary>See <see cref="MigrationRates.BaseOriginProbability"/>.</summary>
    public required double[] BaseOriginProbability { get; init; }

    /// <summary>See <see cref="MigrationRates.DurationBinProbability"/>.</summary>
    public required double[] DurationBinProbability { get; init; }

    /// <summary>See <see cref="MigrationRates.BaseStockPersons"/>; zeros when absent.</summary>
    public double[]? BaseStockPersons { get; init; }
}
