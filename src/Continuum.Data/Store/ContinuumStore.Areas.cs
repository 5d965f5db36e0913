using Continuum.Data.Areas;

namespace Continuum.Data.Store;

/// <summary>The harmonised area table inside the store.</summary>
public static class ContinuumStoreAreas
{
    /// <summary>Replaces the store's area and alias tables with <paramref name="registry"/>, in one transaction.</summary>
    public static void ReplaceAreas(this ContinuumStore store, AreaRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        using var tx = store.Connection.BeginTransaction();
        store.Execute("DELETE FROM areas; DELETE FROM area_aliases;");
        using (var appender = store.Connection.CreateAppender("areas"))
        {
            foreach (var a in registry.Areas)
            {
                var row = appender.CreateRow().AppendValue(a.Code).AppendValue(a.Name).AppendValue(AreaTableFiles.KindName(a.Kind));
                row = string.IsNullOrEmpty(a.Iso3) ? row.AppendNullValue() : row.AppendValue(a.Iso3);
                row = a.M49 > 0 ? row.AppendValue(a.M49) : row.AppendNullValue();
                row = string.IsNullOrEmpty(a.WorldBankCode) ? row.AppendNullValue() : row.AppendValue(a.WorldBankCode);
                row.EndRow();
            }
        }

        using (var appender = store.Connection.CreateAppender("area_aliases"))
        {
            foreach (var alias in registry.Aliases.DistinctBy(x => (x.Scheme, x.Alias)))
            {
                appender.CreateRow().AppendValue(alias.Scheme).AppendValue(alias.Alias).AppendValue(alias.Code).EndRow();
            }
        }

        tx.Commit();
    }

    /// <summary>Number of areas the store knows.</summary>
    public static long AreaCount(this ContinuumStore store) =>
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM areas"), System.Globalization.CultureInfo.InvariantCulture);
}
