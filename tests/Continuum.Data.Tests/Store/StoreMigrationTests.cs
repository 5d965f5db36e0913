using Continuum.Data.Store;
using DuckDB.NET.Data;

namespace Continuum.Data.Tests.Store;

/// <summary>A store written by schema version 1 (one 14-column observations table) opens, upgraded, with every row kept.</summary>
public sealed class StoreMigrationTests : IDisposable
{
    private const string Version1 = """
        CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        INSERT INTO store_info VALUES ('schema_version', '1');
        CREATE TABLE datasets (dataset_id INTEGER PRIMARY KEY, source VARCHAR NOT NULL, vintage VARCHAR NOT NULL,
            format VARCHAR NOT NULL, file_name VARCHAR NOT NULL, file_sha256 VARCHAR NOT NULL UNIQUE,
            observations BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL);
        CREATE TABLE observations (source VARCHAR NOT NULL, vintage VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
            area VARCHAR NOT NULL, counterpart VARCHAR NOT NULL, period VARCHAR NOT NULL, year INTEGER NOT NULL,
            sex VARCHAR NOT NULL, age_start INTEGER NOT NULL, age_end INTEGER NOT NULL, variant VARCHAR NOT NULL,
            value DOUBLE NOT NULL, unit VARCHAR NOT NULL, dataset_id INTEGER NOT NULL);
        INSERT INTO datasets VALUES (1, 'World Bank WDI', 'WDI 2026-07', 'wdi-long', 'a.csv', 'aa', 3, now()),
                                    (2, 'UN DESA', 'WPP 2019', 'wpp', 'b.csv', 'bb', 2, now());
        INSERT INTO observations VALUES
            ('World Bank WDI', 'WDI 2026-07', 'SP.POP.TOTL', 'CAN', '', '2010', 2010, 'T', -1, -1, '', 34005274, 'persons', 1),
            ('World Bank WDI', 'WDI 2026-07', 'SP.POP.TOTL', 'CAN', '', '2011', 2011, 'T', -1, -1, '', 34342780, 'persons', 1),
            ('World Bank WDI', 'WDI 2026-07', 'RPW.COST', 'CAN', 'IND', '2013Q1', 2013, 'T', -1, -1, '', 7.5, 'percent', 1),
            ('UN DESA', 'WPP 2019', 'WPP.POP', 'MEX', '', '2010-2015', 2010, 'F', 15, 19, 'medium', 5000, 'thousands', 2),
            ('UN DESA', 'WPP 2019', 'WPP.POP', 'MEX', '', '2015-2020', 2015, 'F', 15, 19, 'medium', 5100, 'thousands', 2);
        """;

    private const string AllRows = """
        SELECT source, vintage, indicator, area, counterpart, period, year, sex, age_start, age_end, variant, value, unit, dataset_id
        FROM observations ORDER BY ALL
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "continuum-migration-" + Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_dir, "old.duckdb");

    [Fact]
    public void Open_Version1Store_KeepsEveryObservationBehindTheView()
    {
        var before = WriteVersion1(Version1);

        using var store = ContinuumStore.Open(StorePath);

        Assert.Equal(before, Rows(store));
        Assert.Equal("3", store.Scalar("SELECT value FROM store_info WHERE key = 'schema_version'"));
        Assert.Equal("VIEW", store.Scalar("SELECT table_type FROM information_schema.tables WHERE table_name = 'observations'"));
        Assert.Equal(3L, store.Scalar("SELECT count(*) FROM series"));
    }

    [Fact]
    public void Open_UpgradedStoreAgain_ChangesNothing()
    {
        WriteVersion1(Version1);
        List<string> first;
        using (var store = ContinuumStore.Open(StorePath))
        {
            first = Rows(store);
        }

        using var again = ContinuumStore.Open(StorePath);

        Assert.Equal(first, Rows(again));
        Assert.Equal(5, again.ObservationCount());
    }

    [Fact]
    public void Open_Version1StoreWithOrphanRows_RefusesAndLeavesItUntouched()
    {
        var before = WriteVersion1(Version1 + """
            INSERT INTO observations VALUES ('X', 'X 1', 'X.Y', 'CAN', '', '2010', 2010, 'T', -1, -1, '', 1, 'persons', 99);
            """);

        var ex = Assert.Throws<InputException>(() => ContinuumStore.Open(StorePath));

        Assert.Contains("upgrade", ex.Message, StringComparison.Ordinal);
        using var connection = new DuckDBConnection("Data Source=" + StorePath);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM observations";
        Assert.Equal(before.Count, Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private List<string> WriteVersion1(string sql)
    {
        Directory.CreateDirectory(_dir);
        using var connection = new DuckDBConnection("Data Source=" + StorePath);
        connection.Open();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }

        using var read = connection.CreateCommand();
        read.CommandText = AllRows;
        using var reader = read.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Row(reader));
        }

        return rows;
    }

    private static List<string> Rows(ContinuumStore store) => store.Query(AllRows, Row);

    private static string Row(DuckDBDataReader r) =>
        string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
}
