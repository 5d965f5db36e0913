using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Continuum.Data.Formats;

namespace Continuum.Data.Store;

/// <summary>
/// Stages World Bank WDI CSVs with DuckDB's own CSV reader (fast on a 200 MB bulk file): the long mirror
/// format (<c>Country Name,Country Code,Year,Value</c>, one series per file) and the wide API v2 "DS2"
/// download or <c>WDICSV.csv</c> bulk file (preamble, one column per year, trailing comma, <c>""</c> missing).
/// Rows go straight into the stage with a problem text when a cell is bad; the line is found afterwards,
/// only when there is a problem, so the fast path never numbers rows.
/// </summary>
internal sealed partial class WdiCsvStaging(ContinuumStore store)
{
    public const string LongFormat = "wdi-long";
    public const string WideFormat = "wdi-api-csv";
    private static readonly string[] WideNames = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"];

    public static bool Handles(string format) => format is LongFormat or WideFormat;

    /// <summary>
    /// True when the staged wide file has each (indicator, country) row once, so every staged key is unique and
    /// the importer can skip its duplicate scan over the unpivoted rows.
    /// </summary>
    public bool KeysUnique { get; private set; }

    public DatasetInfo Stage(ImportRequest request, string format)
    {
        var header = ReadHeader(request.Path);
        if (format == LongFormat)
        {
            RequireColumns(request.Path, header, "Country Name", "Country Code", "Year", "Value");
            var indicator = request.Indicator ?? IndicatorFromFileName(request.Path);
            var vintage = request.Vintage ?? throw new InputException(
                "a WDI long CSV carries no vintage: pass --vintage naming the release you downloaded (e.g. \"WDI 2026-11 (own download)\")", request.Path);
            CheckStructure(request.Path, header);
            using var cmd = store.Command($"INSERT INTO import_stage {LongSelect(header.Line, "0")}", request.Path, indicator);
            cmd.ExecuteNonQuery();
            return new DatasetInfo(request.Source ?? "World Bank WDI", vintage, format, request.Path);
        }

        header = WideHeader(request.Path);
        var dataset = Dataset(request, format);
        CheckStructure(request.Path, header);
        using (var insert = store.Command($"INSERT INTO import_stage {WideSelect(header.Line, "0", ReadCsv(header.Line))}", request.Path))
        {
            RequireValues(request.Path, insert.ExecuteNonQuery());
        }

        KeysUnique = WideKeysUnique(request.Path);
        return dataset;
    }

    /// <summary>Provenance of a wide file: the request's vintage, else the file's "Last Updated Date".</summary>
    public DatasetInfo Dataset(ImportRequest request, string format)
    {
        var header = ReadHeader(request.Path);
        var vintage = request.Vintage ?? (header.LastUpdated is { } d ? "WDI " + d : throw new InputException(
            "the file names no 'Last Updated Date': pass --vintage", request.Path));
        return new DatasetInfo(request.Source ?? "World Bank WDI", vintage, format, request.Path);
    }

    /// <summary>
    /// True when each (indicator, country) row occurs once: then every unpivoted key is unique, and checking the
    /// file's two key columns is much cheaper than a duplicate scan over the unpivoted rows.
    /// </summary>
    private bool WideKeysUnique(string path)
    {
        var header = WideHeader(path);
        return Convert.ToBoolean(store.Scalar(
            $"SELECT count(*) = count(DISTINCT (\"Indicator Code\", \"Country Code\")) FROM {ReadCsv(header.Line)}", path),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The 1-based line of the first bad row (0 when none is found).</summary>
    public long LocateProblem(string path, string format)
    {
        var header = ReadHeader(path);
        var select = format == LongFormat ? LongSelect(header.Line, "r.rn") : WideSelect(header.Line, "rn", ReadCsv(header.Line));
        using var cmd = store.Command($"SELECT line FROM ({select}) WHERE problem IS NOT NULL ORDER BY line LIMIT 1", path, "?");
        var rn = cmd.ExecuteScalar();
        return rn is null or DBNull ? 0 : Convert.ToInt64(rn, CultureInfo.InvariantCulture) + header.Line;
    }

    private static string ReadCsv(long headerLine) =>
        $"read_csv($1, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', skip = {headerLine - 1}, null_padding = false)";

    private static string LongSelect(long headerLine, string line) => $"""
        SELECT {line} AS line, $2, coalesce(a.code, '?'), '', r."Year", TRY_CAST(r."Year" AS INTEGER), 'T', -1, -1, '',
               TRY_CAST(r."Value" AS DOUBLE), coalesce(i.unit, ''),
               CASE WHEN coalesce(TRY_CAST(r."Year" AS INTEGER), 0) NOT BETWEEN 1000 AND 2999
                        THEN 'Year: ''' || coalesce(r."Year", '') || ''' is not a year'
                    WHEN TRY_CAST(r."Value" AS DOUBLE) IS NULL OR NOT isfinite(TRY_CAST(r."Value" AS DOUBLE))
                        THEN 'Value: ''' || coalesce(r."Value", '') || ''' is not a number'
                    WHEN a.code IS NULL
                        THEN 'Country Code: unknown area code ''' || coalesce(r."Country Code", '') || ''' (' || coalesce(r."Country Name", '') || ')'
               END AS problem
        FROM (SELECT {(line == "0" ? "" : "row_number() OVER () AS rn, ")}* FROM {ReadCsv(headerLine)}) r
        LEFT JOIN area_aliases a ON a.scheme = 'wb' AND a.alias = r."Country Code"
        LEFT JOIN indicators i ON i.indicator = $2
        """;

    private static string WideSelect(long headerLine, string line, string from) => $"""
        SELECT {line} AS line, u."Indicator Code", coalesce(a.code, '?'), '', u.yr, TRY_CAST(u.yr AS INTEGER), 'T', -1, -1, '',
               TRY_CAST(u.v AS DOUBLE),
               coalesce(i.unit, regexp_extract(u."Indicator Name", '\(([^()]*)\)\s*$', 1)),
               CASE WHEN TRY_CAST(u.v AS DOUBLE) IS NULL OR NOT isfinite(TRY_CAST(u.v AS DOUBLE))
                        THEN u.yr || ': ''' || u.v || ''' is not a number'
                    WHEN a.code IS NULL
                        THEN 'Country Code: unknown area code ''' || coalesce(u."Country Code", '') || ''' (' || coalesce(u."Country Name", '') || ')'
               END AS problem
        FROM (UNPIVOT (SELECT {(line == "0" ? "" : "row_number() OVER () AS rn, ")}"Country Name", "Country Code", "Indicator Name", "Indicator Code",
                              COLUMNS('^[0-9][0-9][0-9][0-9]$') FROM {from})
              ON COLUMNS('^[0-9][0-9][0-9][0-9]$') INTO NAME yr VALUE v) u
        LEFT JOIN area_aliases a ON a.scheme = 'wb' AND a.alias = u."Country Code"
        LEFT JOIN indicators i ON i.indicator = u."Indicator Code"
        """;

    /// <summary>The header of a wide file, checked: the four name columns present and every other column a year.</summary>
    private static Header WideHeader(string path)
    {
        var header = ReadHeader(path);
        RequireColumns(path, header, WideNames);
        foreach (var name in header.Names.Where(n => n.Length > 0 && !WideNames.Contains(n) && !Year().IsMatch(n)))
        {
            throw new InputException($"column '{name}' is not a year", path, header.Line, name);
        }

        return header;
    }

    /// <summary>
    /// The file's structure checked before DuckDB reads it (<see cref="CsvStructureScan"/>): DuckDB would store the
    /// cut number of a truncated last row and reports other faults without a line.
    /// </summary>
    private static void CheckStructure(string path, Header header) => CsvStructureScan.Check(path, header.Line, header.Names);

    /// <summary>A file whose cells are all missing would import a dataset of no values: an error naming the file.</summary>
    private static long RequireValues(string path, long values) => values > 0 ? values
        : throw new InputException("the file holds no values (every cell is missing)", path);

    private static void RequireColumns(string path, Header header, params string[] names)
    {
        foreach (var n in names.Where(n => !header.Names.Contains(n)))
        {
            throw new InputException($"the header has no column '{n}'", path, header.Line, n);
        }
    }

    private static string IndicatorFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return IndicatorCode().IsMatch(name) ? name : throw new InputException(
            $"cannot tell the indicator from the file name '{name}': pass --indicator", path);
    }

    private sealed record Header(long Line, string[] Names, string? LastUpdated);

    private static Header ReadHeader(string path)
    {
        string? lastUpdated = null;
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            for (long line = 1; line <= 10; line++)
            {
                var text = reader.ReadLine();
                if (text is null)
                {
                    break;
                }

                var fields = text.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
                if (fields[0] == "Last Updated Date" && fields.Length > 1)
                {
                    lastUpdated = fields[1];
                }

                if (fields[0] == "Country Name")
                {
                    return new Header(line, fields, lastUpdated);
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("the file is not valid UTF-8 text (wrong encoding?)", path, CsvStructureScan.FirstInvalidUtf8Line(path));
        }

        throw new InputException("no header row starting with 'Country Name' in the first 10 lines", path, 1);
    }

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[A-Z]{2}(\.[A-Z0-9]+)+$")]
    private static partial Regex IndicatorCode();
}
