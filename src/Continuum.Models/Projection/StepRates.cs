namespace Continuum.Models.Projection;

/// <summary>
/// A period's rates laid out for one step length: survivorship ratios, net migrants per step and fertility
/// per year, each by age cell (5-year groups or single years). Built once per period and step length.
/// </summary>
internal sealed class StepRates
{
    private readonly double[][] _survival;
    private readonly double[][] _migration;

    public StepRates(PeriodRates rates, ProjectionStep step)
    {
        var five = step == ProjectionStep.FiveYears;
        Cells = five ? PeriodRates.AgeGroupCount : AgeSplit.SingleYearLength(PeriodRates.AgeGroupCount);
        Years = (int)step;
        SexRatioAtBirth = rates.SexRatioAtBirth;
        _survival = [new double[Cells], new double[Cells]];
        _migration = [new double[Cells], new double[Cells]];
        AsfrPerYear = new double[Cells];
        for (var s = 0; s < 2; s++)
        {
            var table = rates.LifeTable((Sex)s);
            if (five)
            {
                table.FiveYearSurvivorshipRatios(_survival[s]);
                rates.NetMigration((Sex)s).CopyTo(_migration[s]);
            }
            else
            {
                table.SingleYearSurvivorshipRatios(_survival[s]);
                SpreadMigration(rates.NetMigration((Sex)s), _migration[s]);
            }
        }

        for (var c = 0; c < Cells; c++)
        {
            AsfrPerYear[c] = rates.AsfrPerYear[Math.Min(c * Years / AgeSplit.GroupWidth, PeriodRates.AgeGroupCount - 1)];
        }
    }

    /// <summary>Age cells per sex.</summary>
    public int Cells { get; }

    /// <summary>Step length, years.</summary>
    public int Years { get; }

    /// <summary>Male births per female birth.</summary>
    public double SexRatioAtBirth { get; }

    /// <summary>Births per woman per year by age cell of the mother.</summary>
    public double[] AsfrPerYear { get; }

    /// <summary>Survivorship ratios by cell (index 0: births to the first cell).</summary>
    public ReadOnlySpan<double> Survival(Sex sex) => _survival[(int)sex];

    /// <summary>Net migrants per step by age cell, persons.</summary>
    public ReadOnlySpan<double> Migration(Sex sex) => _migration[(int)sex];

    // Per year (÷5) and evenly over the five single ages of each group; the open group stays whole.
    private static void SpreadMigration(ReadOnlySpan<double> groups, Span<double> singleYears)
    {
        var closed = groups.Length - 1;
        for (var g = 0; g < closed; g++)
        {
            singleYears.Slice(g * AgeSplit.GroupWidth, AgeSplit.GroupWidth).Fill(groups[g] / PeriodRates.PeriodYears / AgeSplit.GroupWidth);
        }

        singleYears[closed * AgeSplit.GroupWidth] = groups[closed] / PeriodRates.PeriodYears;
    }
}
