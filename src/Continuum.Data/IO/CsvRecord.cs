using System.Globalization;

namespace Continuum.Data.IO;

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
