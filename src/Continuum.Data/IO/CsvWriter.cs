using System.Globalization;
using System.Text;

namespace Continuum.Data.IO;

/// <summary>
/// The one CSV writer of the C# code (RFC 4180): fields that hold a comma, a quote, CR or LF are quoted with inner
/// quotes doubled, every other field is written as it is; rows end in '\n'. Numbers are written invariantly and
/// round-trippably (doubles and floats in "R" notation, NaN as an empty field), so what it writes
/// <see cref="CsvFile"/> reads back to the same text and the same numbers.
/// </summary>
public static class CsvWriter
{
    /// <summary><paramref name="field"/> as one CSV field: quoted when it holds a comma, quote, CR or LF.</summary>
    public static string Field(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// The invariant, round-trippable text of a cell: empty for null and NaN, "R" notation for doubles and floats,
    /// the invariant culture for any other number or date, and <see cref="object.ToString"/> otherwise.
    /// </summary>
    public static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>One row of <paramref name="cells"/> (as <see cref="Text"/>, quoted as <see cref="Field"/>), without its line end.</summary>
    public static string Row(IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return string.Join(',', cells.Select(c => Field(Text(c))));
    }

    /// <summary>Writes one row and its '\n'.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Row(cells));
        writer.Write('\n');
    }

    /// <summary>Appends one row and its '\n'.</summary>
    public static void AppendRow(StringBuilder csv, params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.Append(Row(cells)).Append('\n');
    }

    /// <summary>A whole table: the header row of <paramref name="columns"/>, then one row per entry of <paramref name="rows"/>.</summary>
    public static string Table(IEnumerable<string> columns, IEnumerable<IEnumerable<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        csv.Append(Row(columns)).Append('\n');
        foreach (var row in rows)
        {
            csv.Append(Row(row)).Append('\n');
        }

        return csv.ToString();
    }
}
