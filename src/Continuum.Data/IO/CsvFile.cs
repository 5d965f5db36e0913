using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Continuum.Data.IO;

/// <summary>
/// A small RFC 4180 reader for the shipped CSV extracts: header by name, quoted fields, a line number on
/// every record, and errors that name the file, line and field. Bytes must be valid UTF-8 (a BOM is
/// skipped); anything else is an <see cref="InputException"/>. For very large files use DuckDB's reader.
/// </summary>
public sealed partial class CsvFile
{
    private readonly Dictionary<string, int> _index;

    private CsvFile(string path, string[] header, List<CsvRecord> records, long headerLine, CsvLineEnds lineEnds)
    {
        Path = path;
        Header = header;
        Records = records;
        HeaderLine = headerLine;
        LineEnds = lineEnds;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _index.TryAdd(header[i], i);
        }

        foreach (var r in records)
        {
            r.Owner = this;
        }
    }

    /// <summary>The file's path as given.</summary>
    public string Path { get; }

    /// <summary>Column names from the header row (trimmed).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data records (blank lines skipped).</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The 1-based line of the header row.</summary>
    public long HeaderLine { get; }

    /// <summary>
    /// What the tokenizer saw of the line ends: whether the text ends with one, and the first line that breaks the
    /// file's style. <see cref="CsvFile"/> itself tolerates both (a lone CR is dropped, as before); readers of the
    /// publishers' files refuse them through <c>CsvRows.Complete</c>.
    /// </summary>
    public CsvLineEnds LineEnds { get; }

    /// <summary>Reads <paramref name="path"/>; <paramref name="skipLines"/> lines before the header are ignored.</summary>
    public static CsvFile Read(string path, int skipLines = 0)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        var bytes = File.ReadAllBytes(path);
        if (!Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            throw new InputException("the file is not valid UTF-8 text (wrong encoding?)", path, bytes.AsSpan(0, valid).Count((byte)'\n') + 1);
        }

        return Parse(path, new UTF8Encoding(false).GetString(bytes), skipLines);
    }

    /// <summary>Parses CSV <paramref name="text"/> (for tests and in-memory data); <paramref name="path"/> names it in errors.</summary>
    public static CsvFile Parse(string path, string text, int skipLines = 0)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var tokenizer = new Tokenizer(path, text);
        var rows = tokenizer.Run();
        var start = 0;
        while (start < rows.Count && (rows[start].Line <= skipLines || IsBlank(rows[start].Fields)))
        {
            start++;
        }

        if (start >= rows.Count)
        {
            throw new InputException("the file has no header row", path, 1);
        }

        var header = rows[start].Fields.Select(h => h.Trim()).ToArray();
        var records = new List<CsvRecord>(rows.Count - start);
        for (var i = start + 1; i < rows.Count; i++)
        {
            if (!IsBlank(rows[i].Fields))
            {
                records.Add(new CsvRecord(rows[i].Line, rows[i].Fields));
            }
        }

        return new CsvFile(path, header, records, rows[start].Line, tokenizer.LineEnds);
    }

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The index of <paramref name="column"/>, or an error naming the file and the missing column.</summary>
    public int Column(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new InputException($"the header has no column '{column}'", Path, 1, column);

    /// <summary>Checks that every column in <paramref name="columns"/> is present.</summary>
    public void RequireColumns(params string[] columns)
    {
        foreach (var c in columns)
        {
            _ = Column(c);
        }
    }

    private static bool IsBlank(string[] fields) => fields.Length == 0 || (fields.Length == 1 && fields[0].Length == 0);
}
