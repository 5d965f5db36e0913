using Continuum.Data.Store;
using DuckDB.NET.Data;

namespace Continuum.Data.Tests.Store;

/// <summary>A store written by schema version 2 opens as version 3: origins recorded, shipped data marked, values kept.</summary>
public sealed class StoreMigrationV3Tests : IDisposable
{
    private const string Version2 = """
        CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        INSERT INTO store_info VALUES ('schema_version', '2');
        CREATE TABLE datasets (dataset_id INTEGER PRIMARY KEY, source VARCHAR NOT NULL, vintage VARCHAR NOT NULL,
            format VARCHAR NOT NULL, file_name VARCHAR NOT NULL, file_sha256 VARCHAR NOT NULL UNIQUE,
            observations BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL);
        CREATE TABLE series (series_id INTEGER NOT NULL, dataset_id INTEGER NOT NULL, indicator VARCHAR NOT NULL, area VARCHAR NOT NULL,
            counterpart VARCHAR NOT NULL, sex VARCHAR NOT NULL, age_start INTEGER NOT NULL, age_end INTEGER NOT NULL,
            variant VARCHAR NOT NULL, unit VARCHAR NOT NULL);
        CREATE TABLE points (series_id INTEGER NOT NULL, year INTEGER NOT NULL, period VARCHAR, value DOUBLE NOT NULL);
        CREATE TABLE file_hashes (path VARCHAR PRIMARY KEY, size_bytes BIGINT NOT NULL, modified_ticks BIGINT NOT NULL, sha256 VARCHAR NOT NULL);
        INSERT INTO file_hashes VALUES ('/data/wdi/SP.POP.TOTL.csv', 10, 1, 'aa');
        INSERT INTO datasets VALUES (1, 'World Bank WDI', 'WDI 2026-07', 'wdi-long', 'SP.POP.TOTL.csv', 'aa', 1, now()),
                                    (2, 'World Bank WDI', 'WDI 2026-07', 'wdi-long', 'mine.csv', 'bb', 1, now());
        INSERT INTO series VALUES (1, 1, 'SP.POP.TOTL', 'CAN', '', 'T', -1, -1, '', 'persons'),
                                  (2, 2, 'MY.IND', 'CAN', '', 'T', -1, -1, '', 'persons');
        INSERT INTO points VALUES (1, 2010, NULL, 34005274), (2, 2010, NULL, 7);
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "continuum-migration3-" + Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_dir, "v2.duckdb");

    [Fact]
    public void Open_Version2Store_MarksShippedDatasetsAndMovesUserDatasetsOutOfShippedVintages()
    {
        Write(Version2);

        using var store = ContinuumStore.Open(StorePath);

        Assert.Equal("3", store.Scalar("SELECT value FROM store_info WHERE key = 'schema_version'"));
        var datasets = store.Datasets();
        Assert.True(datasets[0].Shipped);
        Assert.Equal(DatasetOrigin.Shipped, datasets[0].Origin);
        Assert.False(datasets[1].Shipped);
        Assert.Equal(DatasetOrigin.Unknown, datasets[1].Origin);
        Assert.Equal("WDI 2026-07 (user)", datasets[1].Vintage);
        Assert.Equal(34005274, store.Series(new SeriesQuery("SP.POP.TOTL", "CAN", "WDI 2026-07"))!.ValueIn(2010));
        Assert.Equal(7, store.Series(new SeriesQuery("MY.IND", "CAN"))!.ValueIn(2010));
    }

    [Fact]
    public void Open_UpgradedVersion2StoreAgain_ChangesNothing()
    {
        Write(Version2);
        IReadOnlyList<DatasetRecord> first;
        using (var store = ContinuumStore.Open(StorePath))
        {
            first = store.Datasets();
        }

        using var again = ContinuumStore.Open(StorePath);

        Assert.Equal(first, again.Datasets());
        Assert.Equal(2, again.ObservationCount());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private void Write(string sql)
    {
        Directory.CreateDirectory(_dir);
        using var connection = new DuckDBConnection("Data Source=" + StorePath);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
