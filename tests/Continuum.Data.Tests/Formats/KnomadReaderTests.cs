using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class KnomadReaderTests
{
    private static readonly AreaRegistry Areas = AreaRegistry.LoadDefault();
    private static string RemXlsx => DataPaths.Shipped("original", "WB_Bilateral_Remittance_Estimates_2017.xlsx");
    private static string MigXlsx => DataPaths.Shipped("original", "WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx");
    private static string RemCsv => DataPaths.Shipped("knomad", "wb_bilateral_remittance_estimates_2017_long.csv");
    private static string MigCsv => DataPaths.Shipped("knomad", "wb_bilateral_migrant_stocks_2017_long.csv");

    [Fact]
    public void RemittancesXlsx_UsToMexico_MatchesPublished()
    {
        var result = KnomadReader.ReadXlsx(RemXlsx, Areas);
        var obs = result.Observations;
        // KNOMAD BRM 2017 (April 2018 version), data/anchors.csv: USA→MEX 30,019.19 US$ m; WORLD×WORLD 613,465.84.
        Assert.Equal(30_019.19, obs.Single(o => o.Area == "USA" && o.Counterpart == "MEX").Value, 0.005);
        Assert.Equal(613_465.84, obs.Single(o => o.Area == "WLD" && o.Counterpart == "WLD").Value, 0.005);
        Assert.Equal("KNOMAD.REM.BILAT", obs[0].Indicator);
        Assert.Equal("KNOMAD 2017 (April 2018 version)", result.Dataset.Vintage);
    }

    [Fact]
    public void MigrantsXlsx_WorldAndOtherGroups_Harmonised()
    {
        var obs = KnomadReader.ReadXlsx(MigXlsx, Areas).Observations;
        // World Bank bilateral migration matrix 2017: World×World = 266,143,792 persons (data/README.md).
        Assert.Equal(266_143_792, obs.Single(o => o.Area == "WLD" && o.Counterpart == "WLD").Value);
        Assert.Contains(obs, o => o.Area == "KNOMAD-OTHER-NORTH");
        Assert.Contains(obs, o => o.Counterpart == "KNOMAD-OTHER-SOUTH");
    }

    [Fact]
    public void XlsxAndLongCsv_GiveIdenticalObservations()
    {
        var rem = KnomadReader.ReadXlsx(RemXlsx, Areas).Observations;
        // data/README.md: 12,293 non-zero remittance cells and 15,378 non-zero migrant cells.
        Assert.Equal(12_293, rem.Count);
        Assert.Equal(Sorted(KnomadReader.ReadLong(RemCsv, Areas).Observations), Sorted(rem));
        var mig = KnomadReader.ReadXlsx(MigXlsx, Areas).Observations;
        Assert.Equal(15_378, mig.Count);
        Assert.Equal(Sorted(KnomadReader.ReadLong(MigCsv, Areas).Observations), Sorted(mig));
    }

    [Fact]
    public void LongCsv_UnknownName_ThrowsWithLine()
    {
        using var t = new TempFiles();
        var path = t.Write("rem.csv", "sending_country,receiving_country,remittances_usd_millions\nUnited States,Mexico,30019.19\nNarnia,Mexico,1.0\n");
        var ex = Assert.Throws<InputException>(() => KnomadReader.ReadLong(path, Areas));
        Assert.Equal(3, ex.Line);
        Assert.Equal("sending_country", ex.Field);
    }

    [Fact]
    public void LongCsv_ConflictingDuplicate_Throws()
    {
        using var t = new TempFiles();
        var path = t.Write("mig.csv", "origin_country,destination_country,migrants\nMexico,United States,100\nMexico,United States,200\n");
        var ex = Assert.Throws<InputException>(() => KnomadReader.ReadLong(path, Areas));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Workbook_CorruptZip_Throws()
    {
        using var t = new TempFiles();
        var bytes = File.ReadAllBytes(RemXlsx);
        bytes.AsSpan(bytes.Length / 2, 4000).Fill(0x55);
        var path = t.WriteBytes("rem.xlsx", bytes);
        var ex = Assert.ThrowsAny<InputException>(() => KnomadReader.ReadXlsx(path, Areas));
        Assert.Equal(path, ex.File);
    }

    private static List<Continuum.Data.Store.Observation> Sorted(IEnumerable<Continuum.Data.Store.Observation> obs) =>
        [.. obs.OrderBy(o => o.Area, StringComparer.Ordinal).ThenBy(o => o.Counterpart, StringComparer.Ordinal)];
}
