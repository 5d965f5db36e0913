using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

public sealed class BadInputTests
{
    private const string Header = "Country Name,Country Code,Year,Value\n";

    private static InputException ImportFails(TempStore t, string name, string text, string? vintage = "WDI test")
    {
        var path = t.WriteFile(name, text);
        return Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-long", vintage, "SP.POP.TOTL")));
    }

    private static TempStore WithBaseline()
    {
        var t = new TempStore();
        t.Importer.Import(new ImportRequest(t.WriteFile("base.csv", Header + "Canada,CAN,2010,34005274\n"), "wdi-long", "WDI test", "SP.POP.TOTL"));
        return t;
    }

    [Fact]
    public void Import_YearNotAYear_NamesLineAndFieldAndChangesNothing()
    {
        using var t = WithBaseline();
        var before = t.Snapshot();

        var ex = ImportFails(t, "bad.csv", Header + "Canada,CAN,2011,34342780\nCanada,CAN,20x2,34750545\n");

        Assert.Equal(3, ex.Line);
        Assert.Equal("Year", ex.Field);
        Assert.EndsWith("bad.csv", ex.File);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_ValueNotANumber_NamesLineAndField()
    {
        using var t = WithBaseline();
        var ex = ImportFails(t, "bad.csv", Header + "Canada,CAN,2011,abc\n");
        Assert.Equal(2, ex.Line);
        Assert.Equal("Value", ex.Field);
    }

    [Fact]
    public void Import_UnknownAreaCode_IsReportedNotDropped()
    {
        using var t = WithBaseline();
        var before = t.Snapshot();
        var ex = ImportFails(t, "bad.csv", Header + "Canada,CAN,2011,1\nAtlantis,ATL,2011,5\n");
        Assert.Equal(3, ex.Line);
        Assert.Equal("Country Code", ex.Field);
        Assert.Contains("ATL", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_TruncatedFile_FailsAndChangesNothing()
    {
        using var t = WithBaseline();
        var before = t.Snapshot();
        ImportFails(t, "cut.csv", Header + "Canada,CAN,2011,34342780\nCanada,CA");
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_WrongEncoding_Fails()
    {
        using var t = WithBaseline();
        var path = Path.Combine(t.Directory, "latin1.csv");
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(Header + "C"), 0xF4, .. System.Text.Encoding.ASCII.GetBytes("te d'Ivoire,CIV,2011,1\n")]);
        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-long", "WDI test", "SP.POP.TOTL")));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateRowsWithConflictingValues_Fails()
    {
        using var t = WithBaseline();
        var before = t.Snapshot();
        var ex = ImportFails(t, "dup.csv", Header + "Canada,CAN,2011,1\nCanada,CAN,2011,2\n");
        Assert.Contains("conflicting", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_ConflictWithSameVintageInStore_FailsAskingForNewVintage()
    {
        using var t = WithBaseline();
        var ex = ImportFails(t, "rev.csv", Header + "Canada,CAN,2010,99\n");
        Assert.Contains("new vintage", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingColumn_NamesIt()
    {
        using var t = WithBaseline();
        var ex = ImportFails(t, "nocol.csv", "Country Name,Country Code,Value\nCanada,CAN,1\n");
        Assert.Equal("Year", ex.Field);
    }

    [Fact]
    public void Import_WithoutVintage_AsksForOne()
    {
        using var t = WithBaseline();
        var ex = ImportFails(t, "SP.POP.TOTL.csv", Header + "Canada,CAN,2011,1\n", vintage: null);
        Assert.Contains("--vintage", ex.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Import_WideFileWithBadCell_FallsBackToCheckedPathNamingLineAndYear()
    {
        using var t = WithBaseline();
        var before = t.Snapshot();
        var path = t.WriteFile("wide.csv",
            "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2010\",\"2011\",\n" +
            "\"Canada\",\"CAN\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\n" +
            "\"Mexico\",\"MEX\",\"Population, total\",\"SP.POP.TOTL\",\"3\",\"x4\",\n");

        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test")));

        Assert.Equal(3, ex.Line);
        Assert.Equal("2011", ex.Field);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_WideFileWithUnknownArea_FallsBackAndNamesIt()
    {
        using var t = WithBaseline();
        var path = t.WriteFile("wide.csv",
            "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2010\",\n" +
            "\"Atlantis\",\"ATL\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\n");
        var ex = Assert.Throws<InputException>(() => t.Importer.Import(new ImportRequest(path, "wdi-api-csv", "WDI wide test")));
        Assert.Equal(2, ex.Line);
        Assert.Contains("ATL", ex.Message, StringComparison.Ordinal);
    }
}
