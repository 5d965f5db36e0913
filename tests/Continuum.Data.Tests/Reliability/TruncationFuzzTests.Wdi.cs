using System.Text;
using System.Text.RegularExpressions;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Reliability;

public sealed partial class TruncationFuzzTests
{
    /// <summary>
    /// WDI CSVs go through DuckDB's reader, so they are imported into a store: a refused cut leaves the store unchanged,
    /// and an accepted one (under its own vintage) holds exactly the values of the complete rows, each equal to the
    /// intact file's value for the same key.
    /// </summary>
    private static void CheckWdi(string relative, string format, byte[] bytes)
    {
        using var h = new ImportHarness();
        h.Importer.Import(new ImportRequest(h.Write("intact/" + relative, bytes), format, "intact"));
        var intact = h.Values("intact");
        var n = 0;
        foreach (var offset in Truncation.Offsets(relative, bytes, RandomCuts, LineEndCuts))
        {
            var vintage = "cut at " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var path = h.Write($"cut{++n}/" + relative, bytes[..offset]);
            var before = h.Snapshot();
            try
            {
                h.Importer.Import(new ImportRequest(path, format, vintage));
                Assert.True(bytes[offset - 1] == '\n', $"{relative} cut at byte {offset} (not after a line end) was imported");
                var stored = h.Values(vintage);
                Assert.All(stored, kv => Assert.True(intact.TryGetValue(kv.Key, out var v) && v == kv.Value,
                    $"{relative} cut at byte {offset}: {kv.Key} stored as {kv.Value}, not the intact file's value"));
                Assert.Equal(CompleteValues(new UTF8Encoding(false).GetString(bytes, 0, offset), format), stored.Count);
            }
            catch (InputException ex)
            {
                Assert.Equal(path, ex.File);
                Assert.True(ex.Line is not null, $"{relative} cut at byte {offset}: no line in '{ex.Message}'");
                Assert.Equal(before, h.Snapshot());
            }
        }
    }

    /// <summary>The values in the complete rows of a cut WDI file: one per long row, one per non-empty year cell of a wide row.</summary>
    private static int CompleteValues(string text, string format)
    {
        if (format == "wdi-long")
        {
            return CsvFile.Parse("cut.csv", text).Records.Count(r => r.Text("Value").Length > 0);
        }

        var csv = CsvFile.Parse("cut.csv", text, skipLines: 4);
        var years = csv.Header.Where(c => YearColumn().IsMatch(c)).ToArray();
        return csv.Records.Sum(r => years.Count(y => r.Text(y).Length > 0));
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearColumn();
}
