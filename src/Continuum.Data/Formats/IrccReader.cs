using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads IRCC Facts and Figures 2014, permanent residents admitted to Canada per calendar year
/// (<c>data/demography/canada/ircc_permanent_residents_annual_1860_2014.csv</c>): <c>IRCC.PR.ADMITTED</c> (persons) and
/// <c>IRCC.PR.PCT.POP</c> (percent of Canada's population), Area <c>CAN</c>.
/// Source "IRCC", Vintage "IRCC Facts and Figures 2014".
/// </summary>
public static class IrccReader
{
    /// <summary>The dataset vintage.</summary>
    public const string Vintage = "IRCC Facts and Figures 2014";

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ReadResult Read(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns("year", "permanent_residents_admitted");
        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            var year = r.Year("year");
            var period = r.Text("year");
            if (r.NumberOrNull("permanent_residents_admitted", "--") is { } admitted)
            {
                buffer.Add(new Observation("IRCC.PR.ADMITTED", "CAN", period, year, admitted, "persons"), r.Line, "permanent_residents_admitted");
            }

            if (csv.Has("percent_of_canada_population") && r.NumberOrNull("percent_of_canada_population", "--") is { } pct)
            {
                buffer.Add(new Observation("IRCC.PR.PCT.POP", "CAN", period, year, pct, "percent"), r.Line, "percent_of_canada_population");
            }
        }

        return new ReadResult(new DatasetInfo("IRCC", Vintage, FormatNames.Ircc, path), buffer.Observations);
    }
}
