using System.Text;

namespace Continuum.Web.Data;

/// <summary>Writes RFC 4180 CSV rows (quotes only where needed).</summary>
public static class CsvText
{
    /// <summary>Appends one row ending in '\n'.</summary>
    public static void Row(StringBuilder csv, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var c = cells[i];
            csv.Append(c.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c);
        }

        csv.Append('\n');
    }
}
