namespace Continuum.Core.Development;

/// <summary>Human capital of a population: the tertiary share and the mean years of schooling.</summary>
/// <param name="TertiaryShare">Share with (some) tertiary education, fraction.</param>
/// <param name="MeanYearsOfSchooling">Mean years of schooling, years.</param>
public readonly record struct HumanCapital(double TertiaryShare, double MeanYearsOfSchooling)
{
    /// <summary>From persons (or weights) by education level and the years of schooling of each level.</summary>
    public static HumanCapital FromCounts(ReadOnlySpan<double> personsByLevel, ReadOnlySpan<double> yearsByLevel)
    {
        if (personsByLevel.Length != 3 || yearsByLevel.Length != 3)
        {
            throw new ArgumentException("three education levels are needed");
        }

        var total = personsByLevel[0] + personsByLevel[1] + personsByLevel[2];
        if (total <= 0)
        {
            return new HumanCapital(double.NaN, double.NaN);
        }

        var years = (personsByLevel[0] * yearsByLevel[0]) + (personsByLevel[1] * yearsByLevel[1]) + (personsByLevel[2] * yearsByLevel[2]);
        return new HumanCapital(personsByLevel[2] / total, years / total);
    }

    /// <summary>Component-wise difference.</summary>
    public static HumanCapital operator -(HumanCapital a, HumanCapital b) =>
        new(a.TertiaryShare - b.TertiaryShare, a.MeanYearsOfSchooling - b.MeanYearsOfSchooling);

    /// <summary>Component-wise difference (named alternative to the operator).</summary>
    public static HumanCapital Subtract(HumanCapital a, HumanCapital b) => a - b;
}

/// <summary>
/// The change in an origin's resident human capital caused by migration, split sequentially into three parts
/// that add up exactly to the total, as <c>Continuum.Models.BrainGain.BrainGainDecomposition</c> does analytically,
/// from four runs of the microsimulation with common random numbers: no migration; migration with the incentive
/// and return channels off (drain); incentive on (education responds to emigration prospects); all channels.
/// drain = drainOnly − closed; incentive = withIncentive − drainOnly; return = all − withIncentive.
/// </summary>
/// <param name="Closed">Residents' human capital without migration.</param>
/// <param name="All">With every channel.</param>
/// <param name="Drain">The drain part.</param>
/// <param name="Incentive">The incentive ("brain gain") part.</param>
/// <param name="Return">The return ("brain return") part.</param>
public sealed record HumanCapitalDecomposition(HumanCapital Closed, HumanCapital All, HumanCapital Drain, HumanCapital Incentive, HumanCapital Return)
{
    /// <summary>All − Closed = Drain + Incentive + Return.</summary>
    public HumanCapital Total => All - Closed;

    /// <summary>Decomposes from the residents' human capital of the four runs (same year and origin).</summary>
    public static HumanCapitalDecomposition From(HumanCapital closed, HumanCapital drainOnly, HumanCapital withIncentive, HumanCapital all) =>
        new(closed, all, drainOnly - closed, withIncentive - drainOnly, all - withIncentive);
}
