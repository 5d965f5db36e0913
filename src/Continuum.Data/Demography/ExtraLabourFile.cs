using System.Globalization;
using Continuum.Data.IO;
using Continuum.Models.HostEconomy;

namespace Continuum.Data.Demography;

/// <summary>
/// Reads an external extra-labour series for the host-economy model (e.g. from the microsimulation): a CSV
/// with the columns <c>year,population,adults,employment,effective_labour</c> (persons; effective labour in
/// average-worker units), one row per year from the start year, every year of the run present.
/// </summary>
public static class ExtraLabourFile
{
    /// <summary>Reads <paramref name="path"/> for <paramref name="years"/> years from <paramref name="startYear"/>.</summary>
    public static ExtraLabourSeries Read(string path, int startYear, int years) => FromCsv(CsvFile.Read(path), startYear, years);

    /// <summary>Parses CSV <paramref name="text"/> (e.g. an upload) for <paramref name="years"/> years from <paramref name="startYear"/>; <paramref name="name"/> stands for the file in errors.</summary>
    public static ExtraLabourSeries Parse(string name, string text, int startYear, int years) => FromCsv(CsvFile.Parse(name, text), startYear, years);

    private static ExtraLabourSeries FromCsv(CsvFile csv, int startYear, int years)
    {
        csv.RequireColumns("year", "population", "adults", "employment", "effective_labour");
        var series = new ExtraLabourSeries(new double[years], new double[years], new double[years], new double[years]);
        var seen = new bool[years];
        foreach (var r in csv.Records)
        {
            var i = r.Year("year") - startYear;
            if (i < 0 || i >= years)
            {
                continue;
            }

            series.Population[i] = r.Number("population");
            series.Adults[i] = r.Number("adults");
            series.Employment[i] = r.Number("employment");
            series.EffectiveLabour[i] = r.Number("effective_labour");
            seen[i] = true;
        }

        var missing = Array.IndexOf(seen, false);
        return missing < 0
            ? series
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"no row for year {startYear + missing}; the run needs {startYear}–{startYear + years - 1}"), csv.Path, field: "year");
    }
}
