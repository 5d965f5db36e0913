using Continuum.Core.Development;

namespace Continuum.Data.Simulation;

/// <summary>
/// The development indicators of one stored run, by indicator, replicate, year and area. A value missing from the
/// store (or not finite, such as an unemployment rate without a labour force) is NaN.
/// </summary>
public sealed class StoredIndicators
{
    private readonly Dictionary<string, double[][][]> _values;
    private readonly Dictionary<string, string> _units;

    private StoredIndicators(IReadOnlyList<string> countries, int baseYear, int horizonYear, int replicates, IReadOnlyList<string> codes,
        Dictionary<string, double[][][]> values, Dictionary<string, string> units)
    {
        Countries = countries;
        BaseYear = baseYear;
        HorizonYear = horizonYear;
        Replicates = replicates;
        Codes = codes;
        _values = values;
        _units = units;
    }

    /// <summary>Simulated areas (ISO3 and ROW), in the run's order.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>First simulated year.</summary>
    public int BaseYear { get; }

    /// <summary>Last simulated year.</summary>
    public int HorizonYear { get; }

    /// <summary>Replicates stored (0 … Replicates − 1).</summary>
    public int Replicates { get; }

    /// <summary>Indicator codes in report order (<see cref="IndicatorDefinition.All"/> first, then any others alphabetically).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Number of years, HorizonYear − BaseYear + 1.</summary>
    public int Years => HorizonYear - BaseYear + 1;

    /// <summary>The unit of indicator <paramref name="code"/>.</summary>
    public string Unit(string code) => _units[code];

    /// <summary>The value of <paramref name="code"/> for a replicate, year index and area index.</summary>
    public double Value(string code, int replicate, int yearIndex, int country) => _values[code][replicate][yearIndex][country];

    /// <summary>Writes every replicate's value of <paramref name="code"/> in one year and area to <paramref name="destination"/> (length <see cref="Replicates"/>).</summary>
    public void Fill(string code, int yearIndex, int country, Span<double> destination)
    {
        var v = _values[code];
        for (var r = 0; r < Replicates; r++)
        {
            destination[r] = v[r][yearIndex][country];
        }
    }

    /// <summary>Builds the cube from the stored rows of run <paramref name="info"/>.</summary>
    internal static StoredIndicators From(RunStore.RunInfo info, IReadOnlyList<RunStore.IndicatorRow> rows)
    {
        var countries = info.Countries.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var areaIndex = countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var years = info.Horizon - info.BaseYear + 1;
        var replicates = rows.Max(r => r.Replicate) + 1;
        var known = IndicatorDefinition.All.Select(i => i.Code).ToList();
        var codes = rows.Select(r => r.Indicator).Distinct(StringComparer.Ordinal)
            .OrderBy(c => known.IndexOf(c) is var i && i >= 0 ? i : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var values = codes.ToDictionary(c => c, _ => NaNCube(replicates, years, countries.Length), StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            units[row.Indicator] = row.Unit;
            var y = row.Year - info.BaseYear;
            if (y >= 0 && y < years && row.Replicate >= 0 && areaIndex.TryGetValue(row.Area, out var c))
            {
                values[row.Indicator][row.Replicate][y][c] = row.Value;
            }
        }

        return new StoredIndicators(countries, info.BaseYear, info.Horizon, replicates, codes, values, units);
    }

    private static double[][][] NaNCube(int replicates, int years, int countries) =>
        Enumerable.Range(0, replicates).Select(_ => Enumerable.Range(0, years).Select(_ => Enumerable.Repeat(double.NaN, countries).ToArray()).ToArray()).ToArray();
}
