using Continuum.Data.Indicators;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Indicators;

public sealed class SdgIndicatorTests
{
    [Fact]
    public void RecruitmentCost_BlogWorker_Is5Point45Months()
    {
        // SDG 10.7.1 metadata validation example (World Bank blog, S. Yi): paid $4,800, earns $880/month.
        var months = RecruitmentCost.Months(new RecruitmentCostRecord("w1", "PAK", "SAU", 4800, 880, 1));
        Assert.Equal(4800.0 / 880, months, 12);
        Assert.Equal(5.45, months, 0.005);
    }

    [Fact]
    public void RecruitmentCost_ExampleFile_WeightedByCorridor()
    {
        var rows = RecruitmentCost.ByCorridor(IndicatorInputs.ReadWorkers(DataPaths.Shipped("examples", "recruitment_costs_example.csv")));

        Assert.Equal(["NPL", "PAK"], rows.Select(r => r.Origin));
        var pak = rows[1];
        Assert.Equal(4, pak.WeightTotal);
        Assert.Equal((4800.0 / 880 + 2 * 2 + 10) / 4, pak.MeanMonths, 12);
        Assert.Equal((2 + 4800.0 / 880) / 2, pak.MedianMonths, 12); // cumulative share hits 0.5 exactly at 2.0
        Assert.Equal(10, pak.P80Months, 12);
    }

    [Fact]
    public void WeightedQuantile_EqualWeights_MatchesUsualMedian()
    {
        Assert.Equal(2.5, WeightedStats.Quantile([4, 1, 3, 2], [1, 1, 1, 1], 0.5));
        Assert.Equal(3, WeightedStats.Quantile([5, 1, 3, 2, 4], [1, 1, 1, 1, 1], 0.5));
    }

    [Fact]
    public void RemittanceCost_ExampleFile_GlobalAverageAndSmart()
    {
        var result = Assert.Single(RemittanceCost.Compute(IndicatorInputs.ReadQuotes(DataPaths.Shipped("examples", "rpw_provider_quotes_example.csv"))));

        Assert.Equal(6, result.Services);
        Assert.Equal(3.75, result.GlobalAveragePercent, 12); // (3.5 + 7 + 3 + 1.5 + 2.5 + 5) / 6
        var mex = result.ByCorridor.Single(c => c.Destination == "MEX");
        Assert.Equal(4.5, mex.SmartPercent!.Value, 12);      // three cheapest qualifying: 3.0, 3.5, 7.0
        Assert.Null(result.ByCorridor.Single(c => c.Destination == "IND").SmartPercent);
        Assert.Equal(4.5, result.GlobalSmartPercent!.Value, 12);
        Assert.Equal(0, result.CorridorsAbove5Percent);
    }

    [Fact]
    public void RemittanceQuote_TotalCost_IsFeePlusMargin()
    {
        var q = new RemittancePriceQuote("2020Q3", "USA", "MEX", "f", "Bank", 200, 5, 1.0, 1, true, true);
        Assert.Equal(3.5, q.TotalCostPercent, 12);
    }

    [Fact]
    public void ReadWorkers_NegativeCost_NamesFileLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), "workers-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "worker_id,origin,destination,recruitment_cost,monthly_earnings\nw1,PAK,SAU,-5,880\n");
        try
        {
            var ex = Assert.Throws<InputException>(() => IndicatorInputs.ReadWorkers(path));
            Assert.Equal(2, ex.Line);
            Assert.Equal("recruitment_cost", ex.Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadQuotes_MissingColumn_NamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "quotes-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "period,source,destination\n2020Q3,USA,MEX\n");
        try
        {
            var ex = Assert.Throws<InputException>(() => IndicatorInputs.ReadQuotes(path));
            Assert.Equal("firm", ex.Field);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
