using System.Globalization;
using System.Text;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class WbApiJsonReaderTests
{
    /// <summary>An API v2 page built from the real WLD and LMY rows (2008-2013) of the shipped WDI long file; 2013 LMY is null.</summary>
    private static string RealisticPage()
    {
        var rows = File.ReadLines(DataPaths.Shipped("wdi", "BX.TRF.PWKR.CD.DT.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[^3] is "WLD" or "LMY" && int.Parse(f[^2], CultureInfo.InvariantCulture) is >= 2008 and <= 2013)
            .Select(f => (Code: f[^3], Year: f[^2], Value: f[^3] == "LMY" && f[^2] == "2013" ? "null" : f[^1]))
            .ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"[{{\"page\":1,\"pages\":1,\"per_page\":1000,\"total\":{rows.Count},\"sourceid\":\"2\",\"lastupdated\":\"2026-07-01\"}},[");
        sb.AppendJoin(',', rows.Select(r =>
            $"{{\"indicator\":{{\"id\":\"BX.TRF.PWKR.CD.DT\",\"value\":\"Personal remittances, received (current US$)\"}},\"country\":{{\"id\":\"{(r.Code == "WLD" ? "1W" : "XO")}\",\"value\":\"x\"}},\"countryiso3code\":\"{r.Code}\",\"date\":\"{r.Year}\",\"value\":{r.Value},\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}}"));
        sb.Append("]]");
        return sb.ToString();
    }

    [Fact]
    public void RealisticPage_ReadsValues_NullIsMissing()
    {
        using var t = new TempFiles();
        var result = WbApiJsonReader.Read(t.Write("page.json", RealisticPage()));
        var obs = result.Observations;
        // WDI BX.TRF.PWKR.CD.DT (data/anchors.csv): WLD 2008 = 403,301,257,947.42 and 2009 = 387,268,490,931.334 current US$.
        Assert.Equal(403_301_257_947.42, obs.Single(o => o.Area == "WLD" && o.Year == 2008).Value, 1.0);
        Assert.Equal(387_268_490_931.334, obs.Single(o => o.Area == "WLD" && o.Year == 2009).Value, 1.0);
        Assert.DoesNotContain(obs, o => o.Area == "LMY" && o.Year == 2013);
        Assert.Equal(11, obs.Count);
        Assert.Equal("WDI 2026-07-01", result.Dataset.Vintage);
        Assert.All(obs, o => Assert.Equal("current US$", o.Unit));
        Assert.Equal("wb-api-json", FormatDetector.Detect(t.Write("x.txt", RealisticPage())));
    }

    [Fact]
    public void ErrorShape_ThrowsWithApiMessage()
    {
        using var t = new TempFiles();
        var path = t.Write("err.json", "[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\",\"value\":\"The provided parameter value is not valid\"}]}]");
        var ex = Assert.Throws<InputException>(() => WbApiJsonReader.Read(path));
        Assert.Contains("not valid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_ThrowsInputException()
    {
        using var t = new TempFiles();
        var text = RealisticPage();
        var path = t.Write("cut.json", text[..(text.Length / 2)]);
        Assert.Throws<InputException>(() => WbApiJsonReader.Read(path));
    }

    [Fact]
    public void UnknownArea_NamesObservationRow()
    {
        using var t = new TempFiles();
        var text = RealisticPage().Replace("\"countryiso3code\":\"LMY\"", "\"countryiso3code\":\"ZZZ\"", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => WbApiJsonReader.Read(t.Write("p.json", text)));
        Assert.Equal("countryiso3code", ex.Field);
    }

    [Fact]
    public void DateNotAYear_Throws()
    {
        using var t = new TempFiles();
        var text = RealisticPage().Replace("\"date\":\"2010\"", "\"date\":\"MRV\"", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => WbApiJsonReader.Read(t.Write("p.json", text)));
        Assert.Equal("date", ex.Field);
    }

    [Fact]
    public void WrongJsonType_IsInputException()
    {
        using var t = new TempFiles();
        var text = RealisticPage().Replace("\"lastupdated\":\"2026-07-01\"", "\"lastupdated\":20260701", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => WbApiJsonReader.Read(t.Write("p.json", text)));
        Assert.Contains("JSON type", ex.Message, StringComparison.Ordinal);
    }
}
