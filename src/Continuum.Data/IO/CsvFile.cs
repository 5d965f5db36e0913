using System.Globalization;
using System.Text;

namespace Continuum.Data.IO;

/// <summary>
/// A small RFC 4180 reader for the shipped CSV extracts: header by name, quoted fields, a line number on
/// every record, and errors that name the file, line and field. Bytes must be valid UTF-8 (a BOM is
/// skipped); anything else is an <see cref="InputException"/>. For very large files use DuckDB's reader.
/// </summary>
public sealed class CsvFile
{
    private readonly Dictionary<string, int> _index;

    private CsvFile(string path, string[] header, List<CsvRecord> records)
    {
        Path = path;
        Header = header;
        Records = records;
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

    /// <summary>Reads <paramref name="path"/>; <paramref name="skipLines"/> lines before the header are ignored.</summary>
    public static CsvFile Read(string path, int skipLines = 0)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("the file is not valid UTF-8 text (wrong encoding?)", path);
        }

        return Parse(path, text, skipLines);
    }

    /// <summary>Parses CSV <paramref name="text"/> (for tests and in-memory data); <paramref name="path"/> names it in errors.</summary>
    public static CsvFile Parse(string path, string text, int skipLines = 0)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var rows = Tokenize(path, text);
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

        return new CsvFile(path, header, records);
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

    private static List<(long Line, string[] Fields)> Tokenize(string path, string text)
    {
        var rows = new List<(long, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, rowLine = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false;
                }
                else
                {
                    if (c == '\n') { line++; }
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    rows.Add((rowLine, fields.ToArray())); fields.Clear();
                    line++; rowLine = line;
                    break;
                default:
                    // Copy the rest of an unquoted field in one step (most fields), not char by char.
                    var rest = text.AsSpan(i);
                    var n = rest.IndexOfAny(",\r\n");
                    n = n < 0 ? rest.Length : Math.Max(n, 1);
                    field.Append(rest[..n]);
                    i += n;
                    continue;
            }

            i++;
        }

        if (quoted)
        {
            throw new InputException("the file ends inside a quoted field (truncated?)", path, rowLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields.ToArray()));
        }

        return rows;
    }
}

/// <summary>One CSV record with its 1-based line number in the file.</summary>
public sealed class CsvRecord
{
    internal CsvRecord(long line, string[] fields)
    {
        Line = line;
        Fields = fields;
    }

    /// <summary>The 1-based line on which the record starts.</summary>
    public long Line { get; }

    /// <summary>The raw fields.</summary>
    public IReadOnlyList<string> Fields { get; }

    internal CsvFile Owner { get; set; } = null!;

    /// <summary>The text in <paramref name="column"/> (trimmed); "" when the record is short.</summary>
    public string Text(string column)
    {
        var i = Owner.Column(column);
        return i < Fields.Count ? Fields[i].Trim() : string.Empty;
    }

    /// <summary>A number in <paramref name="column"/>, or an error naming file, line and field.</summary>
    public double Number(string column)
    {
        var s = Text(column);
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Error($"'{s}' is not a number", column);
    }

    /// <summary>A number, or null when the cell is empty or one of <paramref name="missing"/> (e.g. "..").</summary>
    public double? NumberOrNull(string column, params string[] missing)
    {
        var s = Text(column);
        return s.Length == 0 || missing.Contains(s) ? null : Number(column);
    }

    /// <summary>An integer in <paramref name="column"/>, or an error naming file, line and field.</summary>
    public int Integer(string column)
    {
        var s = Text(column);
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error($"'{s}' is not a whole number", column);
    }

    /// <summary>A calendar year (1000–2999) in <paramref name="column"/>.</summary>
    public int Year(string column)
    {
        var s = Text(column);
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1000 and <= 2999
            ? v
            : throw Error($"'{s}' is not a year", column);
    }

    /// <summary>An <see cref="InputException"/> located at this record and <paramref name="column"/>.</summary>
    public InputException Error(string problem, string? column = null) => new(problem, Owner.Path, Line, column);
}
