using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class SmallCsvReaderTests
{
    [Fact]
    public void WbHistorical_SumOverCountries_MatchesPublished()
    {
        var result = WbHistoricalReader.Read(DataPaths.Shipped("wb-historical", "wb_remittance_inflows_usd_millions_2013-04.csv"));
        double Sum(int year) => result.Observations.Where(o => o.Indicator == "BX.TRF.PWKR.CD.DT" && o.Year == year).Sum(o => o.Value);
        // data/README.md (wb-historical): sum over all countries 463.8 bn (2008) and 436.4 bn (2009), ±0.05 bn.
        Assert.Equal(463.8e9, Sum(2008), 0.05e9);
        Assert.Equal(436.4e9, Sum(2009), 0.05e9);
        Assert.Equal("World Bank April 2013", result.Dataset.Vintage);
        Assert.Contains(result.Observations, o => o.Period == "2012e" && o.Year == 2012 && o.Area == "IND");
    }

    [Fact]
    public void WbHistorical_UnknownCountry_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("h.csv", "Country,2008,2009,2012e\nIndia,1,2,3\nWakanda,1,2,3\n");
        var ex = Assert.Throws<InputException>(() => WbHistoricalReader.Read(path));
        Assert.Equal(3, ex.Line);
        Assert.Equal("Country", ex.Field);
    }

    [Fact]
    public void AbelCohen_ReturnIntensity_MatchesReadme()
    {
        var obs = AbelCohenReader.Read(DataPaths.Shipped("demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")).Observations;
        double Get(string ind, string area) => obs.Single(o => o.Indicator == ind && o.Area == area && o.Period == "2010-2015").Value;
        // data/demography/README.md: return_of_natives / emigration_of_natives 2010-2015 is 0.81 for Poland, 0.53 for Romania.
        Assert.Equal(0.81, Get("AC.RETURN.NATIVES", "POL") / Get("AC.EMIG.NATIVES", "POL"), 0.005);
        Assert.Equal(0.53, Get("AC.RETURN.NATIVES", "ROU") / Get("AC.EMIG.NATIVES", "ROU"), 0.005);
        Assert.Contains(obs, o => o.Area == "LCA");
        Assert.Contains(obs, o => o.Area == "SUD" && o.Year == 1990);
    }

    [Fact]
    public void Ircc_2012_MatchesPublished()
    {
        var obs = IrccReader.Read(DataPaths.Shipped("demography", "canada", "ircc_permanent_residents_annual_1860_2014.csv")).Observations;
        // IRCC Facts and Figures 2014 (data/demography/README.md): 257,903 permanent residents in 2012, 280,687 in 2010.
        Assert.Equal(257_903, obs.Single(o => o.Indicator == "IRCC.PR.ADMITTED" && o.Year == 2012).Value);
        Assert.Equal(280_687, obs.Single(o => o.Indicator == "IRCC.PR.ADMITTED" && o.Year == 2010).Value);
    }

    [Fact]
    public void Ircc_YearNotAYear_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("i.csv", "year,permanent_residents_admitted,percent_of_canada_population\n2012,257903,0.7\ntwenty,1,0.1\n");
        var ex = Assert.Throws<InputException>(() => IrccReader.Read(path));
        Assert.Equal("year", ex.Field);
        Assert.Equal(3, ex.Line);
    }
}
