namespace Continuum.Data.Formats;

/// <summary>The format names returned by <see cref="FormatDetector"/> and accepted by <see cref="ReaderRegistry"/>.</summary>
public static class FormatNames
{
    /// <summary>WDI long CSV <c>Country Name,Country Code,Year,Value</c> (imported by the store through DuckDB).</summary>
    public const string WdiLong = "wdi-long";

    /// <summary>World Bank API v2 "DS2" wide CSV download (imported by the store through DuckDB).</summary>
    public const string WdiApiCsv = "wdi-api-csv";

    /// <summary>World Bank API v2 JSON (paging header, then rows).</summary>
    public const string WbApiJson = "wb-api-json";

    /// <summary>World Bank DataBank export (RPW corridors).</summary>
    public const string DataBank = "databank";

    /// <summary>UN DESA IMS 2020 destination workbook (xlsx), Table 1.</summary>
    public const string UndesaImsXlsx = "undesa-ims-xlsx";

    /// <summary>CSV conversion of UN DESA IMS 2020 Table 1.</summary>
    public const string UndesaImsCsv = "undesa-ims-csv";

    /// <summary>World Bank/KNOMAD bilateral matrix workbook 2017 (remittances or migrant stocks).</summary>
    public const string KnomadXlsx = "knomad-xlsx";

    /// <summary>Long CSV conversion of a KNOMAD 2017 bilateral matrix.</summary>
    public const string KnomadLong = "knomad-long";

    /// <summary>World Bank April 2013 remittance inflows (US$ millions, wide, country names).</summary>
    public const string WbHistorical = "wb-historical";

    /// <summary>UN WPP 2019/2024 extracts in <c>data/demography</c>.</summary>
    public const string Wpp = "wpp";

    /// <summary>Abel–Cohen country flow totals by 5-year period.</summary>
    public const string AbelCohen = "abel-cohen";

    /// <summary>IRCC permanent residents admitted per year.</summary>
    public const string Ircc = "ircc";

    /// <summary>Every known format, in detection order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [WdiLong, WdiApiCsv, WbApiJson, DataBank, UndesaImsXlsx, UndesaImsCsv, KnomadXlsx, KnomadLong, WbHistorical, Wpp, AbelCohen, Ircc];
}
