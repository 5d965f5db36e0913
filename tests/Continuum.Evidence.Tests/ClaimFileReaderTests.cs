using Continuum.Data.IO;
using Continuum.Evidence.Claims;

namespace Continuum.Evidence.Tests;

public sealed class ClaimFileReaderTests
{
    private const string Valid = """
        title = "t"
        [[claim]]
        id = "a"
        speaker = "s"
        session = "x"
        claim = "c"
        claimed = 7
        unit = "ratio"
          [[claim.measure]]
          op = "ratio"
          numerator = { indicator = "A", areas = ["LMY"], years = 2013 }
          denominator = { indicator = "B", areas = ["LMY"], years = 2013 }
        """;

    [Fact]
    public void Parse_ValidClaim_ReadsMeasure()
    {
        var set = ClaimFileReader.Parse("c.toml", Valid);
        var claim = Assert.Single(set.Claims);
        Assert.Equal("a", claim.Id);
        Assert.Equal(MeasureOp.Ratio, claim.Measures[0].Expression.Op);
        Assert.Equal("B", claim.Measures[0].Expression.Denominator!.Indicator);
        Assert.Equal(0.1, claim.Test.Tolerance); // the documented default
    }

    [Fact]
    public void Parse_SyntaxError_NamesFileAndLine()
    {
        var ex = Assert.Throws<InputException>(() => ClaimFileReader.Parse("bad.toml", Valid.Replace("claimed = 7", "claimed = = 7", StringComparison.Ordinal)));
        Assert.Equal("bad.toml", ex.File);
        Assert.Equal(7, ex.Line);
    }

    [Fact]
    public void Parse_UnknownKey_NamesLineAndKey()
    {
        var ex = Assert.Throws<InputException>(() => ClaimFileReader.Parse("c.toml", Valid.Replace("unit = \"ratio\"", "unit = \"ratio\"\nunits = 3", StringComparison.Ordinal)));
        Assert.Equal(9, ex.Line);
        Assert.Equal("units", ex.Field);
    }

    [Fact]
    public void Parse_BetweenWithoutRange_Fails()
    {
        var text = Valid.Replace("unit = \"ratio\"", "unit = \"ratio\"\ncomparison = \"between\"", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => ClaimFileReader.Parse("c.toml", text));
        Assert.Equal("claimed", ex.Field);
    }

    [Fact]
    public void Parse_DuplicateId_Fails()
    {
        var twice = Valid + "\n" + Valid[Valid.IndexOf("[[claim]]", StringComparison.Ordinal)..];
        var ex = Assert.Throws<InputException>(() => ClaimFileReader.Parse("c.toml", twice));
        Assert.Contains("used twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShippedLedger_HasEveryRequiredClaimId()
    {
        var set = ClaimFileReader.Read(DataPaths.Shipped("claims", "knomad-ottawa-seminar.toml"));
        string[] required =
        [
            "migrants-2010", "remittances-developing-2013", "remittances-vs-oda-2013", "remittances-crisis-drop",
            "capital-flows-crisis-drop", "aid-130bn", "ssa-remittances-50bn", "workforce-asia-africa-2050",
            "canada-250k-immigrants", "filipinos-200-countries", "lebanon-refugees", "eastern-europe-return-30-60",
            "recruitment-agencies-1900",
        ];
        Assert.Subset(set.Claims.Select(c => c.Id).ToHashSet(), required.ToHashSet());
    }
}
