namespace Continuum.Data.Store;

/// <summary>What to import and how to label it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">A format name (see <c>FormatDetector</c>), or null to detect it from the content.</param>
/// <param name="Vintage">The release, when the file does not carry one (WDI long CSVs do not).</param>
/// <param name="Indicator">The series code, when the file does not carry one (WDI long CSVs are one series each).</param>
/// <param name="Source">The publisher/dataset, when the format does not imply it.</param>
/// <param name="Sha256">
/// The lower-case hex SHA-256 of the file when the caller has just computed it (e.g. <c>ShippedData.Pending</c>), so the
/// importer does not read the file a second time; null to let the importer hash it.
/// </param>
public sealed record ImportRequest(string Path, string? Format = null, string? Vintage = null, string? Indicator = null,
    string? Source = null, string? Sha256 = null);

/// <summary>What an import did.</summary>
/// <param name="Dataset">Provenance of the file.</param>
/// <param name="Added">Observations added to the store.</param>
/// <param name="AlreadyPresent">Observations the store already held with the same value (nothing changed).</param>
/// <param name="AlreadyImported">True when this exact file (same SHA-256) had been imported before.</param>
public sealed record ImportSummary(DatasetInfo Dataset, long Added, long AlreadyPresent, bool AlreadyImported);
