namespace Continuum.Data.Store;

/// <summary>What to import and how to label it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">A format name (see <c>FormatDetector</c>), or null to detect it from the content.</param>
/// <param name="Vintage">The release, when the file does not carry one (WDI long CSVs do not). Never empty or blank.</param>
/// <param name="Indicator">The series code, when the file does not carry one (WDI long CSVs are one series each). Never empty or blank.</param>
/// <param name="Source">The publisher/dataset, when the format does not imply it. Never empty or blank.</param>
/// <param name="Sha256">
/// The lower-case hex SHA-256 of the file when the caller has just computed it (e.g. <c>ShippedData.Pending</c>), so the
/// importer does not read the file a second time; null to let the importer hash it.
/// </param>
public sealed record ImportRequest(string Path, string? Format = null, string? Vintage = null, string? Indicator = null,
    string? Source = null, string? Sha256 = null)
{
    /// <summary>What is importing the file, recorded with the dataset (see <see cref="DatasetOrigin"/>).</summary>
    public string Origin { get; init; } = DatasetOrigin.Library;

    /// <summary>
    /// True for a file of the shipped data: its vintage belongs to the shipped namespace, and user datasets found under
    /// that vintage are relabelled out of the way (see <see cref="StoreDatasets.MoveUserDatasetsOutOf"/>).
    /// </summary>
    public bool Shipped { get; init; }

    /// <summary>
    /// Replace earlier user imports of this file in the same transaction: the dataset with the same SHA-256 (imported
    /// under other labels) and any dataset with the same file name and vintage. Without it such a re-import is refused.
    /// </summary>
    public bool Replace { get; init; }
}

/// <summary>What an import did.</summary>
/// <param name="Dataset">Provenance of the file.</param>
/// <param name="Added">Observations added to the store.</param>
/// <param name="AlreadyPresent">Observations the store already held with the same value (nothing changed).</param>
/// <param name="AlreadyImported">True when this exact file (same SHA-256) had been imported before with the same labels.</param>
public sealed record ImportSummary(DatasetInfo Dataset, long Added, long AlreadyPresent, bool AlreadyImported)
{
    /// <summary>The dataset id the file has in the store (the earlier one when <see cref="AlreadyImported"/>).</summary>
    public int DatasetId { get; init; }

    /// <summary>The datasets this import replaced (with <see cref="ImportRequest.Replace"/>, or the same file under other labels); empty otherwise.</summary>
    public IReadOnlyList<DatasetRecord> Replaced { get; init; } = [];

    /// <summary>Datasets this import removed (with <see cref="ImportRequest.Replace"/>) or relabelled (a shipped import), in words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
