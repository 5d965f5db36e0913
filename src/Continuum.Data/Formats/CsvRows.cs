using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Formats;

/// <summary>Row-shape checks shared by the CSV readers.</summary>
public static class CsvRows
{
    /// <summary>
    /// The records of <paramref name="csv"/>, each checked to have exactly as many fields as the header: a short row
    /// (a truncated file) or a long one (an unquoted comma) is an <see cref="InputException"/> at its line.
    /// </summary>
    public static IEnumerable<CsvRecord> Complete(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        foreach (var r in csv.Records)
        {
            if (r.Fields.Count != csv.Header.Count)
            {
                var field = r.Fields.Count < csv.Header.Count ? csv.Header[r.Fields.Count] : null;
                throw r.Error(string.Create(CultureInfo.InvariantCulture,
                    $"the row has {r.Fields.Count} fields but the header has {csv.Header.Count} (truncated file or unquoted comma?)"), field);
            }

            yield return r;
        }
    }
}
