namespace Continuum.Data.Store;

/// <summary>One imported file as the store records it (a row of the <c>datasets</c> table).</summary>
/// <param name="Id">The dataset id (<c>dataset_id</c>), stable until the dataset is removed.</param>
/// <param name="Source">Publisher or dataset name.</param>
/// <param name="Vintage">Release label.</param>
/// <param name="Format">Format name the file was read as.</param>
/// <param name="FileName">The file's name (without its folder).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's content.</param>
/// <param name="Observations">Values this import added.</param>
/// <param name="AlreadyPresent">Values of the file the store already held in the same vintage (stored once, by an earlier dataset).</param>
/// <param name="ImportedAtUtc">When the import committed (UTC).</param>
/// <param name="Origin">What imported it: see <see cref="DatasetOrigin"/>.</param>
/// <param name="Shipped">True for the shipped data (<c>data/manifest.csv</c>), which live in their own vintage namespace.</param>
public sealed record DatasetRecord(int Id, string Source, string Vintage, string Format, string FileName, string Sha256,
    long Observations, long AlreadyPresent, DateTime ImportedAtUtc, string Origin, bool Shipped);

/// <summary>The values of <see cref="DatasetRecord.Origin"/> written by Continuum's own importers.</summary>
public static class DatasetOrigin
{
    /// <summary>The command line's <c>data import</c>.</summary>
    public const string Cli = "continuum data import";

    /// <summary>The shipped data, imported on first use of a store.</summary>
    public const string Shipped = "shipped data (first use)";

    /// <summary>An upload to the dashboard's <c>POST /api/data/import</c>.</summary>
    public const string Web = "web upload";

    /// <summary>A program calling <see cref="Importer"/> directly.</summary>
    public const string Library = "Continuum.Data importer";

    /// <summary>A dataset imported before the store recorded origins (schema version 2 or older).</summary>
    public const string Unknown = "unknown (imported before schema 3)";
}
