using System.Globalization;
using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>Builds projection inputs from the shipped tables.</summary>
public sealed partial class WppDemography
{
    /// <summary>The first period start for which WPP 2024 ships an age–sex pattern of net migration.</summary>
    public const int FirstPatternPeriod = 2020;

    /// <summary>
    /// Inputs for location <paramref name="location"/> from <paramref name="baseYear"/> (a year with a shipped
    /// population, multiple of 5) to <paramref name="toYear"/>, with the medium variant's mortality and
    /// fertility and the chosen <paramref name="migration"/>.
    /// </summary>
    public ProjectionInputs Inputs(WppLocation location, int baseYear, int toYear, MigrationAssumption migration,
        SuppliedNetMigration? supplied = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (migration == MigrationAssumption.Supplied && supplied is null)
        {
            throw new InputException("migration 'file' needs the net migration read from a migration file", field: "migration_file");
        }

        Require.InRange(baseYear, 1950, 2095, "from");
        if (baseYear % PeriodRates.PeriodYears != 0)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{baseYear} is not a WPP population year; the base population is shipped for every fifth year (1950, 1955, …, 2095)"), field: "from");
        }

        Require.InRange(toYear, baseYear + 1, 2100, "to");
        var periods = new List<PeriodRates>();
        for (var start = baseYear; start < toYear; start += PeriodRates.PeriodYears)
        {
            periods.Add(Rates(location, start, migration, supplied));
        }

        return new ProjectionInputs(baseYear, Population(location.Code, Sex.Female, baseYear), Population(location.Code, Sex.Male, baseYear), periods);
    }

    /// <summary>The rates of the period starting in <paramref name="periodStart"/> for <paramref name="location"/>.</summary>
    public PeriodRates Rates(WppLocation location, int periodStart, MigrationAssumption migration, SuppliedNetMigration? supplied = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var code = location.Code;
        var (female, male) = migration switch
        {
            MigrationAssumption.Zero => (new double[PeriodRates.AgeGroupCount], new double[PeriodRates.AgeGroupCount]),
            MigrationAssumption.Supplied => (supplied!.Groups(Sex.Female, periodStart), supplied.Groups(Sex.Male, periodStart)),
            _ => MediumMigration(location, periodStart),
        };
        return new PeriodRates(periodStart, Lookup(_mx, (code, Sex.Female, periodStart), "mx"), Lookup(_mx, (code, Sex.Male, periodStart), "mx"),
            Lookup(_asfr, (code, periodStart), "asfr"), Lookup(_sexRatio, (code, periodStart), "sex ratio at birth"), female, male);
    }

    /// <summary>
    /// WPP 2019 total net migration of the period spread by the WPP 2024 age–sex pattern of the same period
    /// (for periods before 2020, the 2020–2025 pattern). See <see cref="NetMigrationPattern.Distribute"/>.
    /// </summary>
    public (double[] Female, double[] Male) MediumMigration(WppLocation location, int periodStart)
    {
        ArgumentNullException.ThrowIfNull(location);
        var total = Lookup(_netMigration, (location.Code, periodStart), "net migration");
        var patternPeriod = Math.Max(periodStart, FirstPatternPeriod);
        var female = Lookup(_migrationPattern, (location.Wpp2024Code, Sex.Female, patternPeriod), "net migration pattern (WPP 2024)");
        var male = Lookup(_migrationPattern, (location.Wpp2024Code, Sex.Male, patternPeriod), "net migration pattern (WPP 2024)");
        return NetMigrationPattern.Distribute(total, female, male);
    }

    private static TValue Lookup<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key, string what)
        where TKey : notnull =>
        map.TryGetValue(key, out var value)
            ? value
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the shipped WPP data have no {what} for {key}"), field: what);
}
