using Continuum.Data.Areas;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Dispatches a file to its reader by format name (<see cref="FormatNames"/>), or detects the format first.
/// Holds one <see cref="AreaRegistry"/> so that reading many files loads the area table once; immutable.
/// </summary>
public sealed class ReaderRegistry
{
    private readonly AreaRegistry _areas;

    /// <summary>Creates a registry whose readers resolve areas with <paramref name="areas"/>.</summary>
    public ReaderRegistry(AreaRegistry areas) => _areas = areas ?? throw new ArgumentNullException(nameof(areas));

    /// <summary>The formats read here (<c>wdi-long</c> and <c>wdi-api-csv</c> are imported by the store through DuckDB).</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. FormatNames.All.Where(f => f is not FormatNames.WdiLong and not FormatNames.WdiApiCsv)];

    /// <summary>Reads <paramref name="path"/> after detecting its format with <see cref="FormatDetector"/>.</summary>
    public ReadResult Read(string path) => Read(path, FormatDetector.Detect(path));

    /// <summary>Reads <paramref name="path"/> as <paramref name="format"/>; an unknown format is an <see cref="InputException"/>.</summary>
    public ReadResult Read(string path, string format)
    {
        var result = ReadFormat(path, format);
        return result.Observations.Count > 0 ? result
            : throw new InputException("the file holds no values (only a header, or every value missing)", path);
    }

    private ReadResult ReadFormat(string path, string format) => format switch
    {
        FormatNames.Wpp => WppReader.Read(path, _areas),
        FormatNames.UndesaImsXlsx => UndesaImsReader.ReadXlsx(path, _areas),
        FormatNames.UndesaImsCsv => UndesaImsReader.ReadCsv(path, _areas),
        FormatNames.KnomadXlsx => KnomadReader.ReadXlsx(path, _areas),
        FormatNames.KnomadLong => KnomadReader.ReadLong(path, _areas),
        FormatNames.WbHistorical => WbHistoricalReader.Read(path, _areas),
        FormatNames.WbApiJson => WbApiJsonReader.Read(path, _areas),
        FormatNames.DataBank => DataBankReader.Read(path, _areas),
        FormatNames.AbelCohen => AbelCohenReader.Read(path, _areas),
        FormatNames.Ircc => IrccReader.Read(path),
        FormatNames.WdiLong or FormatNames.WdiApiCsv =>
            throw new InputException($"format '{format}' is imported by the store through DuckDB, not by a reader", path),
        _ => throw new InputException($"unknown format '{format}' (known formats: {string.Join(", ", FormatNames.All)})", path, field: "format"),
    };
}
