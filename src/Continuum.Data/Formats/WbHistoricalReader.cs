using System.Globalization;
using Continuum.Data.Areas;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads the World Bank "Migrant remittance inflows (US$ million)" April 2013 release (CSV conversion in
/// <c>data/wb-historical</c>): a <c>Country</c> name column, year columns <c>1970</c> … <c>2011</c> and the estimate
/// column <c>2012e</c>, and <c>Remittances as a share of GDP, 2011 (%)</c>. <c>..</c> is missing.
/// Values are converted from US$ millions to current US$ (× 1,000,000) and written as <c>BX.TRF.PWKR.CD.DT</c>
/// (unit "current US$"), so this vintage sits beside WDI's. The estimate column keeps Period "2012e" with Year 2012.
/// The share column becomes <c>BX.TRF.PWKR.DT.GD.ZS</c> (percent), Period 2011. Country names map through the
/// area table (scheme <c>wb-historical</c>); an unknown name is an error, never dropped.
/// Source "World Bank", Vintage "World Bank April 2013".
/// </summary>
public static class WbHistoricalReader
{
    /// <summary>Indicator for the inflows (converted to current US$).</summary>
    public const string Indicator = "BX.TRF.PWKR.CD.DT";

    /// <summary>Indicator for the 2011 share of GDP column.</summary>
    public const string ShareIndicator = "BX.TRF.PWKR.DT.GD.ZS";

    /// <summary>The dataset vintage.</summary>
    public const string Vintage = "World Bank April 2013";

    private const string ShareColumn = "Remittances as a share of GDP, 2011 (%)";

    /// <summary>Reads <paramref name="path"/> with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads <paramref name="path"/>, resolving names with <paramref name="areas"/>.</summary>
    public static ReadResult Read(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var csv = CsvFile.Read(path);
        csv.RequireColumns("Country");
        var years = csv.Header.Where(h => YearOf(h) is not null).ToList();
        if (years.Count == 0)
        {
            throw new InputException("the header has no year columns (1970 … 2012e)", path, 1);
        }

        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            var area = areas.ResolveOrThrow(r.Text("Country"), AreaSchemes.WorldBankHistorical, path, r.Line, "Country");
            foreach (var column in years)
            {
                if (r.NumberOrNull(column, "..") is { } millions)
                {
                    buffer.Add(new Observation(Indicator, area, column, YearOf(column)!.Value, millions * 1e6, "current US$"), r.Line, column);
                }
            }

            if (csv.Has(ShareColumn) && r.NumberOrNull(ShareColumn, "..") is { } share)
            {
                buffer.Add(new Observation(ShareIndicator, area, "2011", 2011, share, "percent"), r.Line, ShareColumn);
            }
        }

        return new ReadResult(new DatasetInfo("World Bank", Vintage, FormatNames.WbHistorical, path), buffer.Observations);
    }

    private static int? YearOf(string header)
    {
        var s = header.EndsWith('e') ? header[..^1] : header;
        return s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;
    }
}
