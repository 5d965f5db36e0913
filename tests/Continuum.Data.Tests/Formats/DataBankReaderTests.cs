using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class DataBankReaderTests
{
    private static string Rpw => DataPaths.Shipped("rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv");

    [Fact]
    public void Rpw_Corridors2020Q3_MatchPublished()
    {
        var result = DataBankReader.Read(Rpw);
        double Get(string from, string to) => result.Observations.Single(o => o.Area == from && o.Counterpart == to && o.Period == "2020Q3").Value;
        // research/data-formats.md §3 (natesheehan/sdg_10C RPW export): USA→MEX 4.18%, UK→IND 2.92%, ZAF→MWI 16.26% in 2020Q3.
        Assert.Equal(4.18, Get("USA", "MEX"), 0.005);
        Assert.Equal(2.92, Get("GBR", "IND"), 0.005);
        Assert.Equal(16.26, Get("ZAF", "MWI"), 0.005);
        Assert.Equal("RPW 2020-12-07", result.Dataset.Vintage);
        // data/README.md: 377 corridor rows hold at least one value.
        Assert.Equal(377, result.Observations.Select(o => (o.Area, o.Counterpart)).Distinct().Count());
        Assert.All(result.Observations, o => Assert.Equal("ATCR.CORR", o.Indicator));
    }

    [Fact]
    public void WithoutFooter_IsTruncated()
    {
        using var t = new TempFiles();
        var path = t.Write("rpw.csv", TempFiles.Head(Rpw, 200));
        var ex = Assert.Throws<InputException>(() => DataBankReader.Read(path));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadValue_NamesLineAndColumn()
    {
        using var t = new TempFiles();
        var lines = File.ReadAllLines(Rpw);
        var i = Array.FindIndex(lines, l => l.StartsWith("United States of America,USA", StringComparison.Ordinal) && l.Contains(",MEX,", StringComparison.Ordinal));
        var fields = lines[i].Split(',');
        fields[6] = "4.1x";
        var cut = lines.Take(2).Append(string.Join(',', fields)).Concat(lines[^5..]);
        var ex = Assert.Throws<InputException>(() => DataBankReader.Read(t.Write("rpw.csv", string.Join('\n', cut) + "\n")));
        Assert.Equal(3, ex.Line);
        Assert.EndsWith("]", ex.Field!, StringComparison.Ordinal);
    }
}
