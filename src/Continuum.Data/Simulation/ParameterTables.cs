using System.Globalization;
using Continuum.Core.Inputs;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// The CSV parameter tables a scenario names (docs/scenarios.md): every row must be present, values must be
/// finite and ≥ 0, and errors name the file, line and column.
/// </summary>
public static class ParameterTables
{
    /// <summary>Level names in the education column, in <see cref="Core.Population.EducationLevel"/> order.</summary>
    public static readonly string[] EducationNames = ["primary_or_less", "secondary", "tertiary"];

    /// <summary>
    /// Relative emigration risk by education (columns country, education, relative_risk; country "*" for all),
    /// normalised per origin so that its mean over the origin's residents 25+ (<paramref name="distribution"/>) is 1.
    /// </summary>
    public static double[] EmigrationEducationRelativeRisk(string path, Dimensions dims, double[] distribution)
    {
        ArgumentNullException.ThrowIfNull(dims);
        ArgumentNullException.ThrowIfNull(distribution);
        var csv = CsvFile.Read(path);
        csv.RequireColumns("country", "education", "relative_risk");
        var values = new Dictionary<(string Country, int Level), double>();
        foreach (var r in csv.Records)
        {
            var level = Array.IndexOf(EducationNames, r.Text("education"));
            if (level < 0)
            {
                throw r.Error($"'{r.Text("education")}' is not an education level ({string.Join(", ", EducationNames)})", "education");
            }

            values[(r.Text("country"), level)] = NonNegative(r, "relative_risk");
        }

        var risk = new double[dims.CountryCount * Dimensions.EducationLevels];
        for (var c = 0; c < dims.CountryCount; c++)
        {
            var mean = 0.0;
            for (var e = 0; e < Dimensions.EducationLevels; e++)
            {
                var v = values.TryGetValue((dims.Countries[c], e), out var own) ? own
                    : values.TryGetValue(("*", e), out var all) ? all
                    : throw new InputException($"no row for country {dims.Countries[c]} (or *) and education {EducationNames[e]}", path, field: "education");
                risk[(c * Dimensions.EducationLevels) + e] = v;
                mean += v * distribution[(c * Dimensions.EducationLevels) + e];
            }

            for (var e = 0; e < Dimensions.EducationLevels; e++)
            {
                risk[(c * Dimensions.EducationLevels) + e] = mean > 0 ? risk[(c * Dimensions.EducationLevels) + e] / mean : 0;
            }
        }

        return risk;
    }

    /// <summary>Relative return risk by years since migration 0..30 (30 = 30 and over); every row is required.</summary>
    public static double[] ReturnDurationRelativeRisk(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns("years_since_migration", "relative_risk");
        var risk = new double[MigrationRates.Durations];
        var seen = new bool[MigrationRates.Durations];
        foreach (var r in csv.Records)
        {
            var y = r.Integer("years_since_migration");
            if (y < 0 || y >= MigrationRates.Durations)
            {
                throw r.Error(string.Create(CultureInfo.InvariantCulture, $"{y} is outside 0..{MigrationRates.Durations - 1}"), "years_since_migration");
            }

            risk[y] = NonNegative(r, "relative_risk");
            seen[y] = true;
        }

        var missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the row for {missing} years since migration is missing"), path, field: "years_since_migration");
        }

        return risk;
    }

    private static double NonNegative(CsvRecord r, string column)
    {
        var v = r.Number(column);
        return v >= 0 ? v : throw r.Error(string.Create(CultureInfo.InvariantCulture, $"{v} is negative"), column);
    }
}
