using System.Text;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class WppReaderTests
{
    private static string Wpp(string vintage, string file) => DataPaths.Shipped("demography", vintage, file);

    [Fact]
    public void Population2019_Canada2010_SumsToPublishedTotal()
    {
        var result = WppReader.Read(Wpp("wpp2019", "population_by_age_sex.csv"));
        var total = result.Observations
            .Where(o => o.Indicator == "WPP.POP" && o.Area == "CAN" && o.Year == 2010 && o.Variant == "estimate")
            .Sum(o => o.Value);
        // data/demography/README.md plausibility checks: Canada 34.15 million in 2010 (WPP 2019).
        Assert.Equal(34_150, total, 10.0);
        Assert.Equal("WPP 2019", result.Dataset.Vintage);
        Assert.Contains(result.Observations, o => o.AgeStart == 100 && o.AgeEnd == 999);
    }

    [Fact]
    public void E0_2019_Canada2010To2015_MatchesPublished()
    {
        var obs = WppReader.Read(Wpp("wpp2019", "e0_by_sex.csv")).Observations;
        var female = obs.Single(o => o.Area == "CAN" && o.Period == "2010-2015" && o.Sex == "F");
        // data/demography/README.md: Canada e0 2010-2015 F 83.85 (WPP 2019), within 0.06 years.
        Assert.Equal(83.85, female.Value, 0.06);
        Assert.Equal("WPP.E0", female.Indicator);
        Assert.Equal(2010, female.Year);
    }

    [Fact]
    public void Tfr_PhilippinesBothRevisions_MatchPublished()
    {
        var w19 = WppReader.Read(Wpp("wpp2019", "tfr.csv")).Observations;
        var w24 = WppReader.Read(Wpp("wpp2024", "tfr_annual.csv"));
        // data/demography/README.md: PHL TFR 3.30 (2005-2010), 3.05 (2010-2015) in WPP 2019; 3.31 (2010) in WPP 2024.
        Assert.Equal(3.30, w19.Single(o => o.Area == "PHL" && o.Period == "2005-2010").Value, 0.01);
        Assert.Equal(3.05, w19.Single(o => o.Area == "PHL" && o.Period == "2010-2015").Value, 0.01);
        Assert.Equal(3.31, w24.Observations.Single(o => o.Area == "PHL" && o.Year == 2010).Value, 0.01);
        Assert.Equal("WPP 2024", w24.Dataset.Vintage);
    }

    [Fact]
    public void AllShippedFiles_Read_EveryAreaHarmonised()
    {
        foreach (var vintage in new[] { "wpp2019", "wpp2024" })
        {
            foreach (var file in Directory.GetFiles(DataPaths.Shipped("demography", vintage), "*.csv"))
            {
                var obs = WppReader.Read(file).Observations;
                Assert.NotEmpty(obs);
                Assert.DoesNotContain(obs, o => o.Area.Length == 0 || char.IsDigit(o.Area[0]));
            }
        }
    }

    [Fact]
    public void Regions_MapToHarmonisedCodes()
    {
        var obs = WppReader.Read(Wpp("wpp2024", "tfr_annual.csv")).Observations;
        Assert.Contains(obs, o => o.Area == "WLD");
        Assert.Contains(obs, o => o.Area == "M49-1834");
        Assert.Contains(obs, o => o.Area == "XKX");
        Assert.All(obs, o => Assert.True(o.Variant is "estimate" or "medium"));
    }

    [Fact]
    public void Mx_AbridgedAges_HaveIntervalEnds()
    {
        var obs = WppReader.Read(Wpp("wpp2019", "mx_by_age_sex.csv")).Observations.Where(o => o.Area == "CAN" && o.Period == "2010-2015" && o.Sex == "F").ToList();
        Assert.Equal(22, obs.Count);
        Assert.Contains(obs, o => o.AgeStart == 1 && o.AgeEnd == 4);
        Assert.Contains(obs, o => o.AgeStart == 100 && o.AgeEnd == 999);
    }

    [Fact]
    public void UnknownArea_ThrowsWithLineAndField()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2019/tfr.csv", "country_code,name,period,period_start,period_end,variant,tfr\n124,Canada,2010-2015,2010,2015,estimate,1.6\n99999,Atlantis,2010-2015,2010,2015,estimate,2.0\n");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Equal(3, ex.Line);
        Assert.Equal("country_code", ex.Field);
    }

    [Fact]
    public void YearNotAYear_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2024/tfr_annual.csv", "country_code,name,year,variant,tfr\n124,Canada,20x0,estimate,1.6\n");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Equal("year", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void DuplicateWithConflictingValue_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2024/tfr_annual.csv", "country_code,name,year,variant,tfr\n124,Canada,2010,estimate,1.6\n124,Canada,2010,estimate,1.6\n124,Canada,2010,estimate,1.7\n");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Equal(4, ex.Line);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1Bytes_ThrowEncodingError()
    {
        using var t = new TempFiles();
        var text = "country_code,name,year,variant,tfr\n384,C\u00f4te d'Ivoire,2010,estimate,5.0\n";
        var path = t.WriteBytes("wpp2024/tfr_annual.csv", Encoding.Latin1.GetBytes(text));
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2019/tfr.csv", "country_code,name,period,period_start,period_end,variant,tfr\n124,\"Canad");
        Assert.Throws<InputException>(() => WppReader.Read(path));
    }

    [Fact]
    public void FileOutsideVintageFolder_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("other/tfr.csv", "country_code,name,year,variant,tfr\n124,Canada,2010,estimate,1.6\n");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Contains("wpp2019", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedLastRow_NamesLineAndTheFieldItEndsIn()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2024/tfr_annual.csv", "country_code,name,year,variant,tfr\n124,Canada,2010,estimate,1.6\n124,Canada,2011,estim");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Equal(3, ex.Line);
        Assert.Equal("variant", ex.Field);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLastRowWithLineEnd_NamesMissingField()
    {
        using var t = new TempFiles();
        var path = t.Write("wpp2024/tfr_annual.csv", "country_code,name,year,variant,tfr\n124,Canada,2010,estimate,1.6\n124,Canada,2011,estimate\n");
        var ex = Assert.Throws<InputException>(() => WppReader.Read(path));
        Assert.Equal(3, ex.Line);
        Assert.Equal("tfr", ex.Field);
    }
}
