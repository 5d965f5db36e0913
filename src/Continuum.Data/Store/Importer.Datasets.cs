using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>The importer's rules about datasets: re-imports, replacements and the shipped vintage namespace.</summary>
public sealed partial class Importer
{
    /// <summary>True when <paramref name="request"/> would label the file as <paramref name="prior"/> already is.</summary>
    private bool SameLabels(DatasetRecord prior, ImportRequest request)
    {
        if (request.Shipped && !prior.Shipped)
        {
            return false;
        }

        if ((request.Vintage ?? prior.Vintage) != prior.Vintage || (request.Source ?? prior.Source) != prior.Source
            || (request.Format ?? prior.Format) != prior.Format)
        {
            return false;
        }

        // A WDI long file without --indicator takes its code from its name, so a copy under another name is another label.
        var indicator = request.Indicator ?? (prior.Format == WdiCsvStaging.LongFormat ? Path.GetFileNameWithoutExtension(request.Path) : null);
        return indicator is null || store.Query("SELECT DISTINCT indicator FROM series WHERE dataset_id = $1", r => r.GetString(0), prior.Id)
            .All(i => i == indicator);
    }

    /// <summary>Refuses a user re-import of a known file under other labels, unless it replaces a user dataset.</summary>
    private static void RefuseRelabel(ImportRequest request, DatasetRecord? prior)
    {
        if (prior is null || request.Shipped)
        {
            return;
        }

        if (prior.Shipped)
        {
            throw new InputException($"this file is already in the store as shipped dataset {StoreDatasets.Describe(prior)}, and the store keeps a file once: it cannot be imported again under other labels", request.Path);
        }

        if (!request.Replace)
        {
            throw new InputException($"this file was imported before as dataset {StoreDatasets.Describe(prior)} with other labels; import it again with --replace to relabel it, or remove it first (data remove {prior.Id.ToString(CultureInfo.InvariantCulture)})", request.Path, field: "--replace");
        }
    }

    /// <summary>Refuses a user label equal to a shipped dataset's vintage, naming that dataset.</summary>
    private void RefuseShippedVintage(string vintage, string path)
    {
        if (store.ShippedDatasetWithVintage(vintage) is { } shipped)
        {
            throw new InputException($"vintage '{vintage}' belongs to the shipped data (dataset {StoreDatasets.Describe(shipped)}), and user imports keep their own labels: choose another, e.g. --vintage \"{vintage} (own)\"", path, field: "--vintage");
        }
    }

    /// <summary>
    /// Inside the import transaction, once the file's vintage is known: refuses a user import into a shipped vintage,
    /// removes the datasets this import replaces, and (for shipped data) moves user datasets out of the shipped vintage.
    /// </summary>
    /// <summary>
    /// Refuses a user label that is a shipped vintage, removes the datasets this import replaces and, for a shipped
    /// import, moves user datasets out of its vintage; returns the datasets replaced and what was done, in words.
    /// </summary>
    private (IReadOnlyList<DatasetRecord> Replaced, List<string> Notes) ClearTheWay(ImportRequest request, DatasetInfo dataset, DatasetRecord? prior)
    {
        if (!request.Shipped)
        {
            RefuseShippedVintage(dataset.Vintage, request.Path);
        }

        var targets = prior is null ? new List<DatasetRecord>() : [prior];
        if (request.Replace)
        {
            targets.AddRange(StoreDatasets.Select(store, "NOT shipped AND file_name = $1 AND vintage = $2 ORDER BY dataset_id",
                Path.GetFileName(dataset.File), dataset.Vintage).Where(d => d.Id != prior?.Id));
        }

        var notes = new List<string>();
        foreach (var target in targets)
        {
            if (!request.Shipped)
            {
                StoreDatasets.RefuseDependents(store, target);
            }

            StoreDatasets.DeleteRows(store, target.Id);
            notes.Add("replaced dataset " + StoreDatasets.Describe(target));
        }

        if (request.Shipped)
        {
            notes.AddRange(store.MoveUserDatasetsOutOf(dataset.Vintage));
        }

        return (targets, notes);
    }
}

/// <summary>Labels given with an import: each absent or a non-blank text.</summary>
public static class DatasetLabels
{
    /// <summary>Throws an <see cref="InputException"/> naming the first empty or blank label of <paramref name="request"/>.</summary>
    public static void Check(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, value) in new[] { ("vintage", request.Vintage), ("indicator", request.Indicator), ("source", request.Source), ("format", request.Format) })
        {
            if (Problem(name, value) is { } problem)
            {
                throw new InputException(problem, field: name);
            }
        }
    }

    /// <summary>What is wrong with label <paramref name="name"/> = <paramref name="value"/>, or null when it is absent or fine.</summary>
    public static string? Problem(string name, string? value) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? $"the {name} label is empty; give a text (or leave the option out)" : null;
}
