using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.Store;
using Continuum.Web.Storage;

namespace Continuum.Web.Data;

/// <summary>What an import job produced.</summary>
/// <param name="Source">Publisher.</param>
/// <param name="Vintage">Vintage.</param>
/// <param name="Format">Format read.</param>
/// <param name="Added">Observations added.</param>
/// <param name="AlreadyPresent">Observations the store already held.</param>
/// <param name="AlreadyImported">True when the same file had been imported before (nothing changed).</param>
public sealed record ImportResult(string Source, string Vintage, string Format, long Added, long AlreadyPresent, bool AlreadyImported)
{
    /// <summary>The dataset id of the file in the store.</summary>
    public int DatasetId { get; init; }

    /// <summary>Datasets the import replaced, in words (empty without <c>replace</c>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Imports an uploaded file through the library's <see cref="Importer"/> (all-or-nothing). The upload is written
/// to a server-chosen file in a private temporary folder: no name or path from the request touches the file system.
/// The rules are the command line's: a user label may not be a shipped vintage, a known file under other labels is
/// refused unless <c>replace</c> is set, and the dataset is recorded as a "web upload".
/// </summary>
public sealed class DataImportService(StoreGate gate) : IDisposable
{
    private readonly string _uploads = Directory.CreateTempSubdirectory("continuum-web-uploads-").FullName;
    private readonly Lazy<ReaderRegistry> _readers = new(() => new ReaderRegistry(AreaRegistry.LoadDefault()));

    /// <summary>The format names a request may give.</summary>
    public static IReadOnlyList<string> Formats => FormatNames.All;

    /// <summary>Copies the request body into a new upload file and returns its path; an empty body is an <see cref="InputException"/>.</summary>
    public async Task<string> SaveUpload(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var path = Path.Combine(_uploads, Guid.NewGuid().ToString("N") + ".upload");
        var file = File.Create(path);
        try
        {
            await using (file.ConfigureAwait(false))
            {
                // Streamed to disk in 80 KB pieces: an upload never sits in memory whole.
                await body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                if (file.Length == 0)
                {
                    throw new InputException("the request body is empty; send the file's content as the body", field: "body");
                }
            }
        }
        catch
        {
            // Too large (413), cut off or empty: nothing of it stays on disk.
            File.Delete(path);
            throw;
        }

        return path;
    }

    /// <summary>Imports the upload at <paramref name="path"/> (from <see cref="SaveUpload"/>) and deletes it. Errors name the upload, not the server's file.</summary>
    public ImportResult Import(string path, string? format, string? vintage, string? indicator, string? source, bool replace = false)
    {
        try
        {
            var request = new ImportRequest(path, format, vintage, indicator, source) { Origin = DatasetOrigin.Web, Replace = replace };
            var summary = gate.Write(store => new Importer(store, FormatDetector.Detect, (p, f) => _readers.Value.Read(p, f)).Import(request));
            return new ImportResult(summary.Dataset.Source, summary.Dataset.Vintage, summary.Dataset.Format, summary.Added, summary.AlreadyPresent,
                summary.AlreadyImported) { DatasetId = summary.DatasetId, Notes = summary.Notes };
        }
        catch (InputException ex)
        {
            throw new InputException(InWebTerms(ex.Problem), "upload", ex.Line, ex.Field?.TrimStart('-'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The importer's advice, which names command-line options, in the API's terms.</summary>
    private static string InWebTerms(string problem) => problem
        .Replace("--replace", "replace=true", StringComparison.Ordinal)
        .Replace("--vintage \"", "vintage=\"", StringComparison.Ordinal)
        .Replace("(data remove ", "(DELETE /api/data/datasets/", StringComparison.Ordinal);

    /// <summary>Refuses a label sent empty or blank (<c>vintage=</c>), naming it: absent is fine, blank is a mistake.</summary>
    public static void RefuseBlankLabels(params (string Name, string? Value)[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (name, value) in labels)
        {
            if (DatasetLabels.Problem(name, value) is { } problem)
            {
                throw new InputException(problem, field: name);
            }
        }
    }

    /// <summary>Deletes a saved upload that will not be imported.</summary>
    public static void Discard(string path) => File.Delete(path);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_uploads))
        {
            Directory.Delete(_uploads, recursive: true);
        }
    }
}
