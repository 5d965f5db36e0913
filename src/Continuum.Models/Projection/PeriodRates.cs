using System.Globalization;
using Continuum.Models.LifeTables;

namespace Continuum.Models.Projection;

/// <summary>
/// The demographic rates of one 5-year period (1 July of <see cref="StartYear"/> to 1 July five years later):
/// mortality (abridged nmx by sex), fertility (age-specific rates by 5-year group of the mother), the sex
/// ratio at birth, and net migration by sex and 5-year age group. Immutable; validated on construction.
/// </summary>
public sealed class PeriodRates
{
    /// <summary>Length of a period, years.</summary>
    public const int PeriodYears = 5;

    /// <summary>Number of 5-year age groups: 0–4, …, 95–99 and the open group 100+.</summary>
    public const int AgeGroupCount = 21;

    private readonly double[] _asfr;
    private readonly double[] _migrationFemale;
    private readonly double[] _migrationMale;

    /// <summary>Creates the rates of the period starting on 1 July of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">First year of the period.</param>
    /// <param name="mxFemale">Female central death rates, 22 abridged ages (0, 1, 5, …, 100+), per person-year.</param>
    /// <param name="mxMale">Male central death rates, as for females.</param>
    /// <param name="asfrPerYear">Births per woman per year by 5-year age group of the mother, 21 groups (0 outside 15–49).</param>
    /// <param name="sexRatioAtBirth">Male births per female birth, in [0.9, 1.3].</param>
    /// <param name="netMigrationFemale">Female net migrants over the whole period, persons, by 5-year group (21).</param>
    /// <param name="netMigrationMale">Male net migrants over the whole period, persons, by 5-year group (21).</param>
    public PeriodRates(int startYear, ReadOnlySpan<double> mxFemale, ReadOnlySpan<double> mxMale, ReadOnlySpan<double> asfrPerYear,
        double sexRatioAtBirth, ReadOnlySpan<double> netMigrationFemale, ReadOnlySpan<double> netMigrationMale)
    {
        StartYear = startYear;
        Female = new LifeTable(mxFemale, Sex.Female);
        Male = new LifeTable(mxMale, Sex.Male);
        _asfr = CheckedGroups(asfrPerYear, "asfr", nonNegative: true);
        SexRatioAtBirth = Require.InRange(sexRatioAtBirth, 0.9, 1.3, "sex ratio at birth");
        _migrationFemale = CheckedGroups(netMigrationFemale, "net migration F", nonNegative: false);
        _migrationMale = CheckedGroups(netMigrationMale, "net migration M", nonNegative: false);
        foreach (var f in _asfr)
        {
            Require.InRange(f, 0, 1, "asfr");
        }
    }

    /// <summary>First year of the period (1 July).</summary>
    public int StartYear { get; }

    /// <summary>Female life table of the period.</summary>
    public LifeTable Female { get; }

    /// <summary>Male life table of the period.</summary>
    public LifeTable Male { get; }

    /// <summary>Births per woman per year by 5-year age group (21 groups); 5·Σ asfr is the TFR.</summary>
    public ReadOnlySpan<double> AsfrPerYear => _asfr;

    /// <summary>Male births per female birth.</summary>
    public double SexRatioAtBirth { get; }

    /// <summary>Total fertility rate, children per woman (5·Σ asfr).</summary>
    public double TotalFertilityRate
    {
        get
        {
            var sum = 0.0;
            foreach (var f in _asfr)
            {
                sum += f;
            }

            return sum * PeriodYears;
        }
    }

    /// <summary>The life table of <paramref name="sex"/>.</summary>
    public LifeTable LifeTable(Sex sex) => sex == Sex.Female ? Female : Male;

    /// <summary>Net migrants over the whole period by 5-year group, persons (negative = net emigration).</summary>
    public ReadOnlySpan<double> NetMigration(Sex sex) => sex == Sex.Female ? _migrationFemale : _migrationMale;

    /// <summary>A copy of these rates with net migration set to zero.</summary>
    public PeriodRates WithoutMigration() =>
        new(StartYear, Female.Mx, Male.Mx, _asfr, SexRatioAtBirth, new double[AgeGroupCount], new double[AgeGroupCount]);

    private static double[] CheckedGroups(ReadOnlySpan<double> values, string field, bool nonNegative)
    {
        if (values.Length != AgeGroupCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"expected {AgeGroupCount} five-year age groups (0–4 … 100+), got {values.Length}"), field: field);
        }

        var copy = values.ToArray();
        foreach (var v in copy)
        {
            if (nonNegative)
            {
                Require.NonNegative(v, field);
            }
            else if (!double.IsFinite(v))
            {
                throw new InputException("values must be finite numbers", field: field);
            }
        }

        return copy;
    }
}
