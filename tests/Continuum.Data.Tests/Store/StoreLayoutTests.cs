using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

/// <summary>The narrow series/points layout under the <c>observations</c> view, and the direct path for wide files.</summary>
public sealed class StoreLayoutTests
{
    private const string WideHeader = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2010\",\"2011\",\n";

    [Fact]
    public void Import_CheckedPathWithQuartersAndDimensions_ViewGivesBackEveryColumn()
    {
        using var t = new TempStore();
        var dataset = new DatasetInfo("Test source", "Test 2026", "test", "q.csv");
        Observation[] rows =
        [
            new("TEST.Q", "CAN", "2013Q1", 2013, 1.5, "percent"),
            new("TEST.Q", "CAN", "2013Q2", 2013, 2.5, "percent"),
            new("TEST.Q", "CAN", "2013", 2013, 2.0, "percent"),
            new("TEST.P", "MEX", "2010-2015", 2010, 7, "persons", "F", 15, 19, "USA", "medium"),
        ];
        var importer = new Importer(t.Store, _ => "test", (_, _) => new ReadResult(dataset, rows));

        var summary = importer.Import(new ImportRequest(t.WriteFile("q.csv", "anything")));

        Assert.Equal(4, summary.Added);
        var back = t.Store.Query("""
            SELECT source, vintage, indicator, area, counterpart, period, year, sex, age_start, age_end, variant, value, unit
            FROM observations ORDER BY indicator, period
            """, r => string.Join('|', Enumerable.Range(0, 13).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(
        [
            "Test source|Test 2026|TEST.P|MEX|USA|2010-2015|2010|F|15|19|medium|7|persons",
            "Test source|Test 2026|TEST.Q|CAN||2013|2013|T|-1|-1||2|percent",
            "Test source|Test 2026|TEST.Q|CAN||2013Q1|2013|T|-1|-1||1.5|percent",
            "Test source|Test 2026|TEST.Q|CAN||2013Q2|2013|T|-1|-1||2.5|percent",
        ], back);
        Assert.Equal(3L, t.Store.Scalar("SELECT count(*) FROM points WHERE period IS NOT NULL")); // the plain year is not stored as text
    }

    [Fact]
    public void Import_WideFileNewVintage_WritesOneSeriesPerRowAndOnePointPerCell()
    {
        using var t = new TempStore();
        var path = t.WriteFile("wide.csv", WideHeader +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n" +
            "\"Mexico\",\"MEX\",\"Population, total\",\"SP.POP.TOTL\",\"3\",\"\",\n");

        var summary = t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test"));

        Assert.Equal(3, summary.Added);
        Assert.Equal(2L, t.Store.Scalar("SELECT count(*) FROM series"));
        Assert.Equal(3L, t.Store.Scalar("SELECT count(*) FROM points"));
        var mex = t.Store.Series(new SeriesQuery("SP.POP.TOTL", "MEX"))!;
        Assert.Equal([new SeriesPoint("2010", 2010, 3)], mex.Points);
        Assert.Equal("WDI wide test", mex.Vintage);
    }

    [Fact]
    public void Import_Ds2ShapedWideFile_TakesTheDirectPath()
    {
        using var t = new TempStore();
        // BOM, preamble with blank lines, CRLF, trailing comma: the API v2 download. Rows out of code order: the direct
        // path numbers series in file order, the checked path in key order, so the order tells which path ran.
        var path = Path.Combine(t.Directory, "API_SP.POP.TOTL_DS2.csv");
        File.WriteAllText(path, "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n\"Last Updated Date\",\"2026-07-01\",\r\n\r\n" +
            WideHeader.Replace("\n", "\r\n", StringComparison.Ordinal) +
            "\"Mexico\",\"MEX\",\"Population, total\",\"SP.POP.TOTL\",\"3\",\"4\",\r\n" +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"\",\r\n", new System.Text.UTF8Encoding(false));

        var summary = t.Importer.Import(new ImportRequest(path, "wdi-api-csv"));

        Assert.Equal("WDI 2026-07-01", summary.Dataset.Vintage);
        Assert.Equal(3, summary.Added);
        Assert.Equal(["MEX", "CAN"], t.Store.Query("SELECT area FROM series ORDER BY series_id", r => r.GetString(0)));
        Assert.Equal(4.0, t.Store.Series(new SeriesQuery("SP.POP.TOTL", "MEX"))!.ValueIn(2011));
    }

    [Fact]
    public void Import_WideFileWithConflictingDuplicateRows_RollsBackDirectPathAndNamesTheConflict()
    {
        using var t = new TempStore();
        var before = t.Snapshot();
        var path = t.WriteFile("wide.csv", WideHeader +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n" +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"5\",\n");

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test")));

        Assert.Contains("conflicting", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_WideFileWithIdenticalDuplicateRows_KeepsOneCopy()
    {
        using var t = new TempStore();
        var row = "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n";
        var path = t.WriteFile("wide.csv", WideHeader + row + row);

        var summary = t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test"));

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, t.Store.ObservationCount());
    }

    [Fact]
    public void Import_WideFileWithNonFiniteCell_NamesLineAndYear()
    {
        using var t = new TempStore();
        var before = t.Snapshot();
        var path = t.WriteFile("wide.csv", WideHeader + "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"NaN\",\n");

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test")));

        Assert.Equal(2, ex.Line);
        Assert.Equal("2011", ex.Field);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_WideFileIntoHeldVintage_AddsOnlyNewRows()
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(t.WriteFile("a.csv", WideHeader + "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n"),
            "wdi-api-csv", "WDI wide test"));

        var summary = t.Importer.Import(new ImportRequest(t.WriteFile("b.csv", WideHeader +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n" +
            "\"Mexico\",\"MEX\",\"Population, total\",\"SP.POP.TOTL\",\"3\",\"4\",\n"), "wdi-api-csv", "WDI wide test"));

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, summary.AlreadyPresent);
        Assert.Equal(4, t.Store.ObservationCount());
    }
}
