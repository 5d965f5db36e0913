using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Formats;

/// <summary>Structure and row-shape checks shared by the readers of the publishers' CSV files ("parse, then trust").</summary>
public static class CsvRows
{
    /// <summary>
    /// The records of <paramref name="csv"/> after <see cref="RequireSound"/>, each checked to have exactly as many
    /// fields as the header: a short row (a truncated file) or a long one (an unquoted comma) is an
    /// <see cref="InputException"/> at its line. The file-level checks run when this is called, before any row.
    /// </summary>
    public static IEnumerable<CsvRecord> Complete(CsvFile csv)
    {
        RequireSound(csv);
        return Checked(csv);
    }

    /// <summary>
    /// File-level checks, each an <see cref="InputException"/> naming the file and line: line ends all LF or all CRLF
    /// (no CR without LF), the file ending with a line end (else its last record may be cut in the middle of a
    /// number), and at least one data row below the header.
    /// </summary>
    public static void RequireSound(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var ends = csv.LineEnds;
        if (ends.ProblemLine is { } line)
        {
            throw new InputException(ends.Problem ?? "bad line end", csv.Path, line);
        }

        if (!ends.EndsWithLineEnd)
        {
            var last = csv.Records.Count > 0 && csv.Records[^1].Line == ends.LastLine ? csv.Records[^1].Fields.Count : 0;
            throw new InputException(Truncated(ends.LastLine), csv.Path, ends.LastLine, last > 0 && last <= csv.Header.Count ? csv.Header[last - 1] : null);
        }

        if (csv.Records.Count == 0)
        {
            throw new InputException(NoRows, csv.Path, csv.HeaderLine);
        }
    }

    /// <summary>The sentence for a file with a header and nothing below it.</summary>
    public const string NoRows = "the file has a header but no data rows (empty, or truncated after its header)";

    /// <summary>The sentence for a row whose field count differs from the header's.</summary>
    public static string FieldCount(long fields, int headerFields) => string.Create(CultureInfo.InvariantCulture,
        $"the row has {fields} fields but the header has {headerFields} (truncated file or unquoted comma?)");

    /// <summary>The sentence for a file whose last byte is not a line end.</summary>
    public static string Truncated(long line) => string.Create(CultureInfo.InvariantCulture,
        $"the file ends in the middle of line {line} (no line end after the last record): it may be truncated");

    private static IEnumerable<CsvRecord> Checked(CsvFile csv)
    {
        foreach (var r in csv.Records)
        {
            if (r.Fields.Count != csv.Header.Count)
            {
                var field = r.Fields.Count < csv.Header.Count ? csv.Header[r.Fields.Count] : null;
                throw r.Error(FieldCount(r.Fields.Count, csv.Header.Count), field);
            }

            yield return r;
        }
    }
}
