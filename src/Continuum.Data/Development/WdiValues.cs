using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>Values of WDI series by (country code, year), read from the shipped long-format files.</summary>
public sealed class WdiValues
{
    private readonly Dictionary<(string Code, int Year), double> _values;

    private WdiValues(string path, Dictionary<(string, int), double> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Reads a single-series file (data/wdi/CODE.csv: Country Code, Year, Value).</summary>
    public static WdiValues ReadSeries(string path)
    {
        var values = new Dictionary<(string, int), double>();
        foreach (var r in CsvFile.Read(path).Records)
        {
            values[(r.Text("Country Code"), r.Year("Year"))] = r.Number("Value");
        }

        return new WdiValues(path, values);
    }

    /// <summary>Reads one indicator from data/demography/wdi/wdi_selected_long.csv.</summary>
    public static WdiValues ReadSelected(string path, string indicator)
    {
        var values = new Dictionary<(string, int), double>();
        foreach (var r in CsvFile.Read(path).Records)
        {
            if (r.Text("indicator_code") == indicator)
            {
                values[(r.Text("country_code"), r.Year("year"))] = r.Number("value");
            }
        }

        return new WdiValues(path, values);
    }

    /// <summary>The value, or null when the file has no row.</summary>
    public double? Find(string code, int year) => _values.TryGetValue((code, year), out var v) ? v : null;

    /// <summary>The value; an <see cref="InputException"/> naming the file when missing.</summary>
    public double Get(string code, int year) =>
        Find(code, year) ?? throw new InputException($"no value for {code} in {year}", Path, field: "Value");
}
