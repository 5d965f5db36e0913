namespace Continuum.Models.Projection;

/// <summary>
/// A projection's population by year, sex and age (persons on 1 July), with the births, deaths and net
/// migration of every step. Ages are 5-year groups (21 cells, the last 100+) for 5-year steps and single
/// years (101 cells, the last 100+) for 1-year steps. Immutable. For every step
/// Total(i + 1) = Total(i) + Births(i) − Deaths(i) + NetMigration(i) (to rounding).
/// </summary>
public sealed class ProjectionResult
{
    private readonly double[] _population;
    private readonly double[] _births;
    private readonly double[] _deaths;
    private readonly double[] _migration;

    internal ProjectionResult(int baseYear, ProjectionStep step, int yearCount, double[] population, double[] births, double[] deaths, double[] migration)
    {
        BaseYear = baseYear;
        Step = step;
        YearCount = yearCount;
        AgeCount = step == ProjectionStep.FiveYears ? PeriodRates.AgeGroupCount : AgeSplit.SingleYearLength(PeriodRates.AgeGroupCount);
        _population = population;
        _births = births;
        _deaths = deaths;
        _migration = migration;
    }

    /// <summary>The first year (the base population, 1 July).</summary>
    public int BaseYear { get; }

    /// <summary>The step length.</summary>
    public ProjectionStep Step { get; }

    /// <summary>Number of years held (base included).</summary>
    public int YearCount { get; }

    /// <summary>Number of age cells per sex (21 groups or 101 single years); the last is 100+.</summary>
    public int AgeCount { get; }

    /// <summary>Width of an age cell in years (5 or 1), except the open last cell.</summary>
    public int AgeWidth => (int)Step;

    /// <summary>The calendar year of index <paramref name="yearIndex"/>.</summary>
    public int Year(int yearIndex) => BaseYear + (yearIndex * (int)Step);

    /// <summary>The index of <paramref name="year"/>, or an error when the projection does not hold it.</summary>
    public int YearIndex(int year)
    {
        var offset = year - BaseYear;
        if (offset < 0 || offset % (int)Step != 0 || offset / (int)Step >= YearCount)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "the projection does not hold this year");
        }

        return offset / (int)Step;
    }

    /// <summary>Population of <paramref name="sex"/> by age cell in year index <paramref name="yearIndex"/>, persons.</summary>
    public ReadOnlySpan<double> Population(int yearIndex, Sex sex) =>
        _population.AsSpan(((yearIndex * 2) + (int)sex) * AgeCount, AgeCount);

    /// <summary>Total population (both sexes, all ages) in year index <paramref name="yearIndex"/>, persons.</summary>
    public double Total(int yearIndex)
    {
        var sum = 0.0;
        foreach (var v in _population.AsSpan(yearIndex * 2 * AgeCount, 2 * AgeCount))
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>Sum over both sexes of ages [<paramref name="fromAge"/>, <paramref name="toAge"/>] (inclusive; cells must align).</summary>
    public double AgeRangeTotal(int yearIndex, int fromAge, int toAge)
    {
        var sum = 0.0;
        for (var s = 0; s < 2; s++)
        {
            var cells = Population(yearIndex, (Sex)s);
            for (var c = fromAge / AgeWidth; c <= Math.Min(toAge / AgeWidth, AgeCount - 1); c++)
            {
                sum += cells[c];
            }
        }

        return sum;
    }

    /// <summary>Births in step <paramref name="stepIndex"/> (from year index i to i + 1), persons.</summary>
    public double Births(int stepIndex) => _births[stepIndex];

    /// <summary>Deaths of the population and of the births in step <paramref name="stepIndex"/>, persons (migrants' deaths are netted in <see cref="NetMigration"/>).</summary>
    public double Deaths(int stepIndex) => _deaths[stepIndex];

    /// <summary>Net migration realised in step <paramref name="stepIndex"/> (surviving migrants, after any emigration larger than the population was dropped), persons.</summary>
    public double NetMigration(int stepIndex) => _migration[stepIndex];

    /// <summary>
    /// Population of <paramref name="sex"/> by single year of age 0..99 and 100+ (101 cells); 5-year groups
    /// are split with <see cref="AgeSplit.Sprague(ReadOnlySpan{double})"/>.
    /// </summary>
    public double[] SingleYearAges(int yearIndex, Sex sex) =>
        Step == ProjectionStep.OneYear ? Population(yearIndex, sex).ToArray() : AgeSplit.Sprague(Population(yearIndex, sex));
}
