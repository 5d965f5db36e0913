using Continuum.Data.IO;

namespace Continuum.Data.Demography;

/// <summary>
/// Reads the single numbers the host-economy model takes from the shipped Canadian and macro files
/// (PWT 10.01, Statistics Canada 14-10-0085 and 17-10-0008, IRCC Facts and Figures 2014, WDI).
/// Every lookup that finds nothing is an <see cref="InputException"/> naming the file.
/// </summary>
public sealed class HostEconomySources(string demographyFolder)
{
    private readonly string _folder = demographyFolder;
    private readonly Dictionary<string, CsvFile> _files = [];

    /// <summary>A PWT 10.01 variable for <paramref name="iso3"/> in <paramref name="year"/>.</summary>
    public double Pwt(string iso3, int year, string variable)
    {
        var csv = Read(Path.Combine(_folder, "macro", "pwt10.01_selected.csv"));
        var row = csv.Records.FirstOrDefault(r => r.Text("isocode") == iso3 && r.Year("year") == year)
                  ?? throw new InputException($"no PWT row for {iso3} {year}", csv.Path, field: "year");
        return row.Number(variable);
    }

    /// <summary>StatCan employment rate 25–54, percent, for a status ("Total population", "Born in Canada", or a years-since-landing band) and sex.</summary>
    public double EmploymentRate(int year, string statusOrBand, string sex)
    {
        var csv = Read(Path.Combine(_folder, "canada", "statcan_14100085_employment_rate_by_immigrant_status_25_54.csv"));
        var row = csv.Records.FirstOrDefault(r => r.Year("ref_year") == year && r.Text("sex") == sex &&
                                                  (r.Text("immigrant_status") == statusOrBand || r.Text("years_since_landing") == statusOrBand))
                  ?? throw new InputException($"no employment rate for {statusOrBand}, {sex}, {year}", csv.Path, field: "ref_year");
        return row.Number("employment_rate_percent");
    }

    /// <summary>IRCC permanent residents admitted in <paramref name="year"/>, persons.</summary>
    public double Admissions(int year)
    {
        var csv = Read(Path.Combine(_folder, "canada", "ircc_permanent_residents_annual_1860_2014.csv"));
        var row = csv.Records.FirstOrDefault(r => r.Year("year") == year)
                  ?? throw new InputException($"no IRCC admissions for {year} (1860–2014 shipped)", csv.Path, field: "year");
        return row.Number("permanent_residents_admitted");
    }

    /// <summary>IRCC Facts and Figures 2014 value for a table, block and item in <paramref name="year"/>, persons.</summary>
    public double Ircc(string table, string block, string item, int year, int occurrence = 0)
    {
        var csv = Read(Path.Combine(_folder, "canada", "ircc_facts_figures_2014_long.csv"));
        var rows = csv.Records.Where(r => r.Text("table") == table && r.Text("block") == block && r.Text("item") == item && r.Year("year") == year).ToList();
        return rows.Count > occurrence
            ? rows[occurrence].Number("value")
            : throw new InputException($"no IRCC value for {table} / {block} / {item} / {year}", csv.Path, field: "item");
    }

    /// <summary>StatCan 17-10-0008 emigrants in the year from 1 July of <paramref name="year"/>, persons.</summary>
    public double Emigrants(int year)
    {
        var csv = Read(Path.Combine(_folder, "canada", "statcan_17100008_components_canada_1971_2022.csv"));
        var row = csv.Records.FirstOrDefault(r => r.Year("period_start_july1") == year)
                  ?? throw new InputException($"no StatCan components for {year}", csv.Path, field: "period_start_july1");
        return row.Number("emigrants");
    }

    /// <summary>A WDI series for <paramref name="iso3"/> by year (years without a value are absent).</summary>
    public IReadOnlyDictionary<int, double> Wdi(string indicator, string iso3)
    {
        var csv = Read(Path.Combine(_folder, "wdi", "wdi_selected_long.csv"));
        return csv.Records.Where(r => r.Text("indicator_code") == indicator && r.Text("country_code") == iso3)
            .ToDictionary(r => r.Year("year"), r => r.Number("value"));
    }

    /// <summary>Nominal GDP in current US$ from the shipped <c>data/wdi/NY.GDP.MKTP.CD.csv</c>.</summary>
    public double NominalGdpUsd(string iso3, int year)
    {
        var csv = Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_folder))!, "wdi", "NY.GDP.MKTP.CD.csv"));
        var row = csv.Records.FirstOrDefault(r => r.Text("Country Code") == iso3 && r.Year("Year") == year)
                  ?? throw new InputException($"no GDP for {iso3} {year}", csv.Path, field: "Year");
        return row.Number("Value");
    }

    private CsvFile Read(string path)
    {
        if (!_files.TryGetValue(path, out var file))
        {
            file = CsvFile.Read(path);
            _files[path] = file;
        }

        return file;
    }
}
