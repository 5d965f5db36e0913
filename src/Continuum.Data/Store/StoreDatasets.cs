using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>
/// The datasets a store holds: list them, find one by id, file name or vintage, remove one with all its values. Every
/// change runs in one transaction (or inside the caller's, when one is open), so a dataset is either all there or gone.
/// </summary>
public static class StoreDatasets
{
    private const string Columns = """
        dataset_id, source, vintage, format, file_name, file_sha256, observations, already_present, imported_at, origin, shipped
        """;

    /// <summary>Every dataset, in import order.</summary>
    public static IReadOnlyList<DatasetRecord> Datasets(this ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Select(store, "TRUE ORDER BY dataset_id");
    }

    /// <summary>
    /// The one dataset <paramref name="selector"/> names: a dataset id, else a file name, else a vintage (exact text).
    /// None or several is an <see cref="InputException"/> naming the field "DATASET" (several: listing the candidates).
    /// </summary>
    public static DatasetRecord FindDataset(this ContinuumStore store, string selector)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(selector);
        var isId = int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        var matches = isId ? Select(store, "dataset_id = $1", id) : Select(store, "file_name = $1 ORDER BY dataset_id", selector);
        if (matches.Count == 0 && !isId)
        {
            matches = Select(store, "vintage = $1 ORDER BY dataset_id", selector);
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InputException($"the store has no dataset '{selector}' (give an id, a file name or a vintage from `data list`)", field: "DATASET"),
            _ => throw new InputException($"'{selector}' names {matches.Count} datasets ({string.Join("; ", matches.Select(Describe))}); give the id", field: "DATASET"),
        };
    }

    /// <summary>
    /// Removes dataset <paramref name="id"/> with its series and values, atomically. A shipped dataset is refused unless
    /// <paramref name="allowShipped"/> (it is imported again on the next use of the shipped data). Refused too when a later
    /// dataset of the same vintage found some of its values already present and so relies on this one for them.
    /// </summary>
    public static DatasetRecord RemoveDataset(this ContinuumStore store, int id, bool allowShipped = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = Select(store, "dataset_id = $1", id);
        if (found.Count == 0)
        {
            throw new InputException($"the store has no dataset {id.ToString(CultureInfo.InvariantCulture)}", field: "DATASET");
        }

        var dataset = found[0];
        if (dataset.Shipped && !allowShipped)
        {
            throw new InputException($"dataset {Describe(dataset)} is shipped data; it is imported again on the next use of the shipped data, so removing it only helps to repair a store: pass --shipped to remove it anyway", field: "DATASET");
        }

        RefuseDependents(store, dataset);
        using var tx = store.Connection.BeginTransaction();
        DeleteRows(store, id);
        tx.Commit();
        return dataset;
    }

    /// <summary>The shipped dataset already holding <paramref name="vintage"/>, or null.</summary>
    public static DatasetRecord? ShippedDatasetWithVintage(this ContinuumStore store, string vintage)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Select(store, "shipped AND vintage = $1 ORDER BY dataset_id LIMIT 1", vintage).FirstOrDefault();
    }

    /// <summary>
    /// Gives the user datasets labelled <paramref name="vintage"/> (a shipped vintage) the label "<c>VINTAGE (user)</c>"
    /// (or "<c>(user 2)</c>", ... when that is taken), together, so datasets that share values stay in one vintage.
    /// Runs inside the caller's transaction; returns what it did in words (nothing when no user dataset had the label).
    /// </summary>
    public static IReadOnlyList<string> MoveUserDatasetsOutOf(this ContinuumStore store, string vintage)
    {
        ArgumentNullException.ThrowIfNull(store);
        var users = Select(store, "NOT shipped AND vintage = $1 ORDER BY dataset_id", vintage);
        if (users.Count == 0)
        {
            return [];
        }

        var label = vintage + " (user)";
        for (var n = 2; Select(store, "vintage = $1 LIMIT 1", label).Count > 0; n++)
        {
            label = string.Create(CultureInfo.InvariantCulture, $"{vintage} (user {n})");
        }

        store.Execute("UPDATE datasets SET vintage = $1 WHERE NOT shipped AND vintage = $2", label, vintage);
        return users.Select(u => $"user dataset {Describe(u)} used the shipped vintage label; it is now '{label}'").ToList();
    }

    /// <summary>Deletes a dataset's values, series and row; the caller holds the transaction.</summary>
    internal static void DeleteRows(ContinuumStore store, int id)
    {
        store.Execute("DELETE FROM points WHERE series_id IN (SELECT series_id FROM series WHERE dataset_id = $1)", id);
        store.Execute("DELETE FROM series WHERE dataset_id = $1", id);
        store.Execute("DELETE FROM datasets WHERE dataset_id = $1", id);
    }

    /// <summary>Refuses to remove <paramref name="dataset"/> while a later dataset of its vintage relies on its values.</summary>
    internal static void RefuseDependents(ContinuumStore store, DatasetRecord dataset)
    {
        var dependents = Select(store, """
            dataset_id > $1 AND vintage = $2 AND already_present > 0 AND shipped = $3
            AND EXISTS (SELECT 1 FROM series a JOIN series b ON a.indicator = b.indicator
                        WHERE a.dataset_id = $1 AND b.dataset_id = datasets.dataset_id)
            ORDER BY dataset_id
            """, dataset.Id, dataset.Vintage, dataset.Shipped);
        if (dependents.Count > 0)
        {
            throw new InputException($"dataset {Describe(dataset)} holds values that later dataset(s) {string.Join("; ", dependents.Select(Describe))} found already present and did not store again; remove those first, then import them again", field: "DATASET");
        }
    }

    /// <summary>"7 (file.csv, vintage 'V', shipped)": how errors and notes name a dataset.</summary>
    public static string Describe(DatasetRecord dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return string.Create(CultureInfo.InvariantCulture,
            $"{dataset.Id} ({dataset.FileName}, vintage '{dataset.Vintage}'{(dataset.Shipped ? ", shipped" : string.Empty)})");
    }

    internal static List<DatasetRecord> Select(ContinuumStore store, string where, params object?[] parameters) =>
        store.Query($"SELECT {Columns} FROM datasets WHERE {where}", r => new DatasetRecord(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6),
            r.GetInt64(7), r.GetDateTime(8), r.GetString(9), r.GetBoolean(10)), parameters);
}
