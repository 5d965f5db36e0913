using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

/// <summary>Datasets the user can manage: labels, re-imports, replacement, removal and the shipped vintage namespace.</summary>
public sealed class DatasetTests
{
    private const string Rows = "Country Name,Country Code,Year,Value\nCanada,CAN,2001,1.5\nCanada,CAN,2002,2.5\nMexico,MEX,2001,3.5\n";
    private const string Shipped = "WDI 2026-07";

    private static ImportRequest User(string path, string vintage, bool replace = false) =>
        new(path, "wdi-long", vintage, "TEST.IND") { Origin = DatasetOrigin.Cli, Replace = replace };

    private static ImportRequest ShippedRequest(string path) =>
        new(path, "wdi-long", Shipped, "TEST.IND") { Origin = DatasetOrigin.Shipped, Shipped = true };

    [Fact]
    public void Import_UserLabelEqualToShippedVintage_IsRefusedNamingTheShippedDatasetAndWritesNothing()
    {
        using var t = new TempStore();
        t.Importer.Import(ShippedRequest(t.WriteFile("shipped.csv", Rows)));
        var before = t.Snapshot();

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(User(t.WriteFile("mine.csv", Rows.Replace("1.5", "9.5", StringComparison.Ordinal)), Shipped)));

        Assert.Contains("belongs to the shipped data", ex.Message, StringComparison.Ordinal);
        Assert.Contains("shipped.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(own)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void ShippedImport_UserDatasetAlreadyHoldsTheVintage_MovesTheUserDatasetAsideAndStoresTheShippedValues()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("mine.csv", Rows.Replace("1.5", "9.5", StringComparison.Ordinal)), Shipped));

        var summary = t.Importer.Import(ShippedRequest(t.WriteFile("shipped.csv", Rows)));

        Assert.Contains(summary.Notes, n => n.Contains("WDI 2026-07 (user)", StringComparison.Ordinal));
        Assert.Equal(1.5, t.Store.Series(new SeriesQuery("TEST.IND", "CAN", Shipped))!.ValueIn(2001));
        Assert.Equal(9.5, t.Store.Series(new SeriesQuery("TEST.IND", "CAN", Shipped + " (user)"))!.ValueIn(2001));
        Assert.Equal(3, t.Store.Datasets().Single(d => d.Shipped).Observations);
    }

    [Fact]
    public void Import_SameFileUnderAnotherVintage_IsRefusedSayingHowToCorrectIt()
    {
        using var t = new TempStore();
        var file = t.WriteFile("mine.csv", Rows);
        t.Importer.Import(User(file, "Mine 1"));
        var before = t.Snapshot();

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(User(file, "Mine 2")));

        Assert.Contains("--replace", ex.Message, StringComparison.Ordinal);
        Assert.Contains("data remove 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_SameFileUnderAnotherVintageWithReplace_RelabelsIt()
    {
        using var t = new TempStore();
        var file = t.WriteFile("mine.csv", Rows);
        t.Importer.Import(User(file, "Mine 1"));

        var summary = t.Importer.Import(User(file, "Mine 2", replace: true));

        var only = Assert.Single(t.Store.Datasets());
        Assert.Equal("Mine 2", only.Vintage);
        Assert.Equal(3, summary.Added);
        Assert.Contains(summary.Notes, n => n.StartsWith("replaced dataset 1", StringComparison.Ordinal));
        Assert.Null(t.Store.Series(new SeriesQuery("TEST.IND", "CAN", "Mine 1")));
        Assert.Equal(3, t.Store.ObservationCount());
    }

    [Fact]
    public void Import_CorrectedFileSameNameAndVintageWithReplace_ReplacesTheOldValues()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("mine.csv", Rows), "Mine 1"));
        File.WriteAllText(Path.Combine(t.Directory, "mine.csv"), Rows.Replace("2.5", "2.75", StringComparison.Ordinal));

        t.Importer.Import(User(Path.Combine(t.Directory, "mine.csv"), "Mine 1", replace: true));

        Assert.Equal(2.75, t.Store.Series(new SeriesQuery("TEST.IND", "CAN", "Mine 1"))!.ValueIn(2002));
        Assert.Single(t.Store.Datasets());
    }

    [Fact]
    public void Import_ReplaceWithABrokenFile_LeavesTheOldDatasetInPlace()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("mine.csv", Rows), "Mine 1"));
        var before = t.Snapshot();
        File.WriteAllText(Path.Combine(t.Directory, "mine.csv"), Rows.Replace("2.5", "x", StringComparison.Ordinal));

        Assert.Throws<InputException>(() => t.Importer.Import(User(Path.Combine(t.Directory, "mine.csv"), "Mine 1", replace: true)));

        Assert.Equal(before, t.Snapshot());
    }

    [Theory]
    [InlineData("", null, "vintage")]
    [InlineData("  ", null, "vintage")]
    [InlineData("V", " ", "indicator")]
    public void Import_BlankLabel_IsRefusedNamingTheLabel(string vintage, string? indicator, string field)
    {
        using var t = new TempStore();

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(t.WriteFile("mine.csv", Rows), "wdi-long", vintage, indicator)));

        Assert.Equal(field, ex.Field);
        Assert.Equal(0, t.Store.ObservationCount());
    }

    [Fact]
    public void RemoveDataset_ById_RemovesItsSeriesAndPointsOnly()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("a.csv", Rows), "Mine 1"));
        t.Importer.Import(User(t.WriteFile("b.csv", Rows.Replace("2001", "2003", StringComparison.Ordinal)), "Mine 2"));

        var removed = t.Store.RemoveDataset(t.Store.FindDataset("a.csv").Id);

        Assert.Equal("Mine 1", removed.Vintage);
        Assert.Equal(3, t.Store.ObservationCount());
        Assert.Equal(0L, Convert.ToInt64(t.Store.Scalar("SELECT count(*) FROM series WHERE dataset_id = 1"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Mine 2", Assert.Single(t.Store.Datasets()).Vintage);
    }

    [Fact]
    public void RemoveDataset_Shipped_IsRefusedWithoutTheShippedFlag()
    {
        using var t = new TempStore();
        var id = t.Importer.Import(ShippedRequest(t.WriteFile("shipped.csv", Rows))).DatasetId;

        var ex = Assert.Throws<InputException>(() => t.Store.RemoveDataset(id));
        Assert.Contains("--shipped", ex.Message, StringComparison.Ordinal);
        t.Store.RemoveDataset(id, allowShipped: true);

        Assert.Empty(t.Store.Datasets());
        Assert.Equal(0, t.Store.ObservationCount());
    }

    [Fact]
    public void FindDataset_VintageOfTwoDatasets_IsRefusedListingBoth()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("a.csv", Rows), "Mine"));
        t.Importer.Import(User(t.WriteFile("b.csv", Rows.Replace("2001", "2003", StringComparison.Ordinal)), "Mine"));

        var ex = Assert.Throws<InputException>(() => t.Store.FindDataset("Mine"));

        Assert.Contains("a.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("b.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal("DATASET", ex.Field);
    }

    [Fact]
    public void RemoveDataset_ALaterDatasetReliesOnItsValues_IsRefusedNamingIt()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("a.csv", Rows), "Mine"));
        var b = t.Importer.Import(User(t.WriteFile("b.csv", Rows + "Mexico,MEX,2002,4.5\n"), "Mine"));
        Assert.Equal(3, b.AlreadyPresent);

        var ex = Assert.Throws<InputException>(() => t.Store.RemoveDataset(1));

        Assert.Contains("b.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, t.Store.ObservationCount());
    }

    [Fact]
    public void Datasets_AfterImports_RecordOriginHashAndCounts()
    {
        using var t = new TempStore();
        t.Importer.Import(User(t.WriteFile("a.csv", Rows), "Mine"));

        var d = Assert.Single(t.Store.Datasets());

        Assert.Equal(DatasetOrigin.Cli, d.Origin);
        Assert.False(d.Shipped);
        Assert.Equal(64, d.Sha256.Length);
        Assert.Equal(3, d.Observations);
        Assert.Equal("a.csv", d.FileName);
    }

    [Fact]
    public void Import_SameContentUnderAnotherIndicatorFileName_IsRefusedNotSkipped()
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(t.WriteFile("TS.ONE.csv", Rows), "wdi-long", "Mine"));

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(t.WriteFile("TS.TWO.csv", Rows), "wdi-long", "Mine")));

        Assert.Contains("--replace", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedImport_FailedOnce_IsImportedByTheNextEnsure()
    {
        using var t = new TempStore();
        var dir = Path.Combine(t.Directory, "data");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "manifest.csv"), "path,format,vintage,indicator,source\ns1.csv,wdi-long,WDI 2026-07,TEST.IND,World Bank WDI\n");
        File.WriteAllText(Path.Combine(dir, "s1.csv"), Rows.Replace("2.5", "2x5", StringComparison.Ordinal));
        Assert.Throws<InputException>(() => Continuum.Data.Catalog.ShippedData.EnsureImported(t.Store, t.Importer, dataDirectory: dir));
        Assert.Empty(t.Store.Datasets());
        File.WriteAllText(Path.Combine(dir, "s1.csv"), Rows);

        var done = Continuum.Data.Catalog.ShippedData.EnsureImported(t.Store, t.Importer, dataDirectory: dir);

        Assert.Equal(3, Assert.Single(done).Added);
        Assert.True(Assert.Single(t.Store.Datasets()).Shipped);
        Assert.Empty(Continuum.Data.Catalog.ShippedData.Pending(t.Store, Continuum.Data.Catalog.ShippedData.Manifest(dir)));
    }
}
