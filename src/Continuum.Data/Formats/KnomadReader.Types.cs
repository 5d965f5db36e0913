using Continuum.Data.Areas;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

public static partial class KnomadReader
{
    /// <summary>Resolves KNOMAD names once each.</summary>
    private sealed class NameCache(AreaRegistry areas, string file)
    {
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

        public string File => file;

        public string Resolve(string name, long line, string field)
        {
            if (!_codes.TryGetValue(name, out var code))
            {
                code = areas.ResolveOrThrow(name, AreaSchemes.Knomad, file, line, field);
                _codes[name] = code;
            }

            return code;
        }
    }
}

/// <summary>One of the two KNOMAD 2017 matrices: its indicator, unit, vintage and long-CSV column names.</summary>
/// <param name="Indicator">Indicator code written.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Vintage">Dataset vintage.</param>
/// <param name="AreaColumn">Long-CSV column of the row area (sender or origin).</param>
/// <param name="CounterpartColumn">Long-CSV column of the column area (receiver or destination).</param>
/// <param name="ValueColumn">Long-CSV value column.</param>
/// <param name="CornerWord">First word of the workbook's corner cell.</param>
public sealed record KnomadMatrix(
    string Indicator, string Unit, string Vintage, string AreaColumn, string CounterpartColumn, string ValueColumn, string CornerWord)
{
    internal Observation Observation(string area, string counterpart, double value) =>
        new(Indicator, area, "2017", 2017, value, Unit, Counterpart: counterpart);

    internal ReadResult Result(string path, string format, ObservationBuffer buffer, string? sheet = null) =>
        buffer.Observations.Count == 0
            ? throw new InputException("the matrix holds no values (truncated?)", path, field: sheet)
            : new ReadResult(new DatasetInfo("World Bank/KNOMAD", Vintage, format, path), buffer.Observations);
}
