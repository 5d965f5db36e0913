using System.Globalization;

namespace Continuum.Models.Projection;

/// <summary>
/// Everything a cohort-component projection needs: the base population by sex and 5-year age group on
/// 1 July of <see cref="BaseYear"/>, and the rates of consecutive 5-year periods starting in that year.
/// Immutable; validated on construction (counts ≥ 0, periods contiguous).
/// </summary>
public sealed class ProjectionInputs
{
    private readonly double[] _female;
    private readonly double[] _male;
    private readonly PeriodRates[] _periods;

    /// <summary>Creates the inputs; populations are persons by 5-year group (21 groups, the last 100+).</summary>
    public ProjectionInputs(int baseYear, ReadOnlySpan<double> baseFemale, ReadOnlySpan<double> baseMale, IReadOnlyList<PeriodRates> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        BaseYear = baseYear;
        _female = CheckedPopulation(baseFemale, "base population F");
        _male = CheckedPopulation(baseMale, "base population M");
        if (periods.Count == 0)
        {
            throw new InputException("at least one 5-year period of rates is needed", field: "periods");
        }

        _periods = [.. periods];
        for (var i = 0; i < _periods.Length; i++)
        {
            var expected = baseYear + (i * PeriodRates.PeriodYears);
            if (_periods[i].StartYear != expected)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"period {i} starts in {_periods[i].StartYear}, expected {expected} (periods must be contiguous from the base year)"),
                    field: "periods");
            }
        }
    }

    /// <summary>The year (1 July) of the base population.</summary>
    public int BaseYear { get; }

    /// <summary>The last year the rates reach (the end of the last period).</summary>
    public int EndYear => BaseYear + (_periods.Length * PeriodRates.PeriodYears);

    /// <summary>The periods of rates, in order.</summary>
    public IReadOnlyList<PeriodRates> Periods => _periods;

    /// <summary>Base population of <paramref name="sex"/> by 5-year group, persons.</summary>
    public ReadOnlySpan<double> BasePopulation(Sex sex) => sex == Sex.Female ? _female : _male;

    /// <summary>The period whose rates apply in the year starting 1 July of <paramref name="year"/>.</summary>
    public PeriodRates PeriodFor(int year) =>
        year >= BaseYear && year < EndYear
            ? _periods[(year - BaseYear) / PeriodRates.PeriodYears]
            : throw new ArgumentOutOfRangeException(nameof(year), year, "no rates for this year");

    /// <summary>The same inputs with every period's net migration set to zero.</summary>
    public ProjectionInputs WithoutMigration() =>
        new(BaseYear, _female, _male, _periods.Select(p => p.WithoutMigration()).ToArray());

    private static double[] CheckedPopulation(ReadOnlySpan<double> values, string field)
    {
        if (values.Length != PeriodRates.AgeGroupCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"expected {PeriodRates.AgeGroupCount} five-year age groups (0–4 … 100+), got {values.Length}"), field: field);
        }

        foreach (var v in values)
        {
            Require.NonNegative(v, field);
        }

        return values.ToArray();
    }
}
