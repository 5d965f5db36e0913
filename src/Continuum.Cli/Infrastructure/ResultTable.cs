using System.Globalization;
using System.Text;
using System.Text.Json;
using Continuum.Data.IO;

namespace Continuum.Cli.Infrastructure;

/// <summary>
/// A rectangular result (named columns, rows of cells) that every command renders the same way as a
/// terminal table, CSV (<see cref="CsvWriter"/>), JSON or Markdown. Cells are strings, numbers (written in invariant "R" notation
/// in CSV/JSON) or null (empty).
/// </summary>
public sealed class ResultTable(params string[] columns)
{
    private readonly List<object?[]> _rows = [];

    /// <summary>Column names, in output order.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Rows added so far.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Optional title printed above the terminal table.</summary>
    public string? Title { get; init; }

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"row has {cells.Length} cells, table has {Columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table in <paramref name="format"/> to <paramref name="console"/> (table) or <paramref name="writer"/>.</summary>
    public void Write(OutputFormat format, TextWriter writer, IAnsiConsole? console = null)
    {
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(writer); break;
            case OutputFormat.Json: WriteJson(writer); break;
            case OutputFormat.Md: WriteMarkdown(writer); break;
            case OutputFormat.Table when console is not null: console.Write(ToSpectre()); break;
            default: WriteMarkdown(writer); break;
        }
    }

    /// <summary>The CSV text with a header row and '\n' line ends.</summary>
    public void WriteCsv(TextWriter writer)
    {
        CsvWriter.WriteRow(writer, Columns);
        foreach (var row in _rows)
        {
            CsvWriter.WriteRow(writer, row);
        }
    }

    /// <summary>A JSON array of objects keyed by column name; numbers stay numbers.</summary>
    public void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in _rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    WriteJsonValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>A Markdown pipe table.</summary>
    public void WriteMarkdown(TextWriter writer)
    {
        writer.Write("| " + string.Join(" | ", Columns) + " |\n");
        writer.Write("|" + string.Concat(Enumerable.Repeat("---|", Columns.Count)) + "\n");
        foreach (var row in _rows)
        {
            writer.Write("| " + string.Join(" | ", row.Select(c => Human(c).Replace("|", "\\|", StringComparison.Ordinal))) + " |\n");
        }
    }

    /// <summary>A Spectre.Console table for the terminal, numbers right-aligned and rounded for reading.</summary>
    public Table ToSpectre()
    {
        var table = new Table().RoundedBorder();
        if (Title is not null)
        {
            table.Title(Markup.Escape(Title));
        }

        for (var i = 0; i < Columns.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(Columns[i]));
            if (_rows.Count > 0 && _rows[0][i] is double or float or int or long or decimal)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(c => Markup.Escape(Human(c))).ToArray());
        }

        return table;
    }

    /// <summary>Text for people: doubles with up to 4 significant decimals and thousands separators.</summary>
    public static string Human(object? cell) => cell switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d when Math.Abs(d) >= 1000 => d.ToString("#,0.##", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        int or long => ((IFormattable)cell).ToString("#,0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static void WriteJsonValue(Utf8JsonWriter json, object? cell)
    {
        switch (cell)
        {
            case null: json.WriteNullValue(); break;
            case double d when double.IsNaN(d) || double.IsInfinity(d): json.WriteNullValue(); break;
            case double d: json.WriteNumberValue(d); break;
            case float f: json.WriteNumberValue(f); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case decimal m: json.WriteNumberValue(m); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: json.WriteStringValue(CsvWriter.Text(cell)); break;
        }
    }
}
