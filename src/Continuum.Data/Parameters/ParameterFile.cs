using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Parameters;

/// <summary>
/// A model parameter file in CSV: columns <c>parameter,value,unit,source</c>, one parameter per line, so every
/// number carries its unit and source next to it. Errors name the file, line and parameter.
/// </summary>
public sealed class ParameterFile
{
    private readonly Dictionary<string, CsvRecord> _byName;

    private ParameterFile(CsvFile csv)
    {
        csv.RequireColumns("parameter", "value", "unit", "source");
        Path = csv.Path;
        _byName = new Dictionary<string, CsvRecord>(StringComparer.Ordinal);
        foreach (var record in csv.Records)
        {
            var name = record.Text("parameter");
            if (name.Length == 0)
            {
                throw record.Error("the parameter name is empty", "parameter");
            }

            if (!_byName.TryAdd(name, record))
            {
                throw record.Error($"parameter '{name}' is given twice (first on line {_byName[name].Line})", "parameter");
            }
        }
    }

    /// <summary>The file's path as given.</summary>
    public string Path { get; }

    /// <summary>Parameter names in the file.</summary>
    public IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ParameterFile Read(string path) => new(CsvFile.Read(path));

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> names it in errors.</summary>
    public static ParameterFile Parse(string path, string text) => new(CsvFile.Parse(path, text));

    /// <summary>The number for <paramref name="name"/>, or an error naming the file and the missing or bad parameter.</summary>
    public double Number(string name) =>
        _byName.TryGetValue(name, out var record)
            ? ParseValue(record, name)
            : throw new InputException("the parameter is missing", Path, field: name);

    /// <summary>A whole number for <paramref name="name"/>.</summary>
    public int Integer(string name)
    {
        var value = Number(name);
        return value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number"), Path, LineOf(name), name);
    }

    /// <summary>The 1-based line on which <paramref name="name"/> is given, if it is.</summary>
    public long? LineOf(string name) => _byName.TryGetValue(name, out var record) ? record.Line : null;

    /// <summary>The source text given for <paramref name="name"/>.</summary>
    public string SourceOf(string name) => _byName.TryGetValue(name, out var record) ? record.Text("source") : string.Empty;

    /// <summary>Re-raises a validation error about a parameter with this file's path and the parameter's line.</summary>
    public InputException Locate(InputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Field is null ? new InputException(error.Problem, Path, inner: error)
            : new InputException(error.Problem, Path, LineOf(error.Field), error.Field, error);
    }

    private static double ParseValue(CsvRecord record, string name)
    {
        var text = record.Text("value");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw record.Error($"'{text}' is not a number", name);
    }
}
