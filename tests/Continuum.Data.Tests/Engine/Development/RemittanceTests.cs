using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Core.Scenario;
using Continuum.Data.Development;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Engine.Development;

public sealed class RemittanceTests
{
    private static readonly string[] Countries = ["CAN", "USA", "PHL", "MEX", "IND", "ROU", "POL", "MDA", "ROW"];

    [Fact]
    public void WithAll_NegativeCost_ThrowsNamingTheLever()
    {
        var costs = new CorridorCosts(["CAN", "PHL"], new double[4]);
        var ex = Assert.Throws<InputException>(() => costs.WithAll(-0.01));
        Assert.Equal("development.remittance_cost.ALL", ex.Field);
        Assert.Throws<InputException>(() => costs.WithAll(1.0));
        Assert.Equal(0.999, costs.WithAll(0.999).Cost(1, 0));
    }

    [Fact]
    public void With_UnknownCorridor_ThrowsNamingTheCorridorAndLeavesTheOriginal()
    {
        var costs = new CorridorCosts(["CAN", "PHL"], new double[4]);
        var ex = Assert.Throws<InputException>(() => costs.With(Corridor.Parse("CAN-NGA"), 0.03));
        Assert.Equal("development.remittance_cost.CAN-NGA", ex.Field);
        var changed = costs.With(Corridor.Parse("can-phl"), 0.03);
        Assert.Equal(0.03, changed.Cost(0, 1));
        Assert.Equal(0, changed.DataCost(0, 1));
        Assert.Equal(0, costs.Cost(0, 1));
    }

    [Fact]
    public void Calibrate_Synthetic_ExpectedReceivedEqualsTargetAndCapsAreFlagged()
    {
        var costs = new CorridorCosts(["A", "B"], [0, 0.1, 0.05, 0]);
        var behaviour = new RemittanceBehaviour(2, 0.75, 20);
        // A→B: 100 m target, 2,000 m base → share 100 / (0.9 × 2,000) ; B→A: target 50, base 10 → capped.
        var fits = RemittanceCalibration.Calibrate(behaviour, [0, 100, 50, 0], [0, 2000e6, 10e6, 0], costs);
        Assert.Equal(100 / (0.9 * 2000), behaviour.Shares[1], 12);
        Assert.Equal(100, fits[0].ModelUsdMillions, 9);
        Assert.True(fits[0].WithinTolerance);
        Assert.Equal(RemittanceCalibration.MaxShare, behaviour.Shares[2]);
        Assert.False(fits[1].WithinTolerance);
    }

    [Fact]
    public void RemitProbability_FadesWithYearsAbroad()
    {
        var b = new RemittanceBehaviour(1, 0.75, 20);
        Assert.Equal(0.75, b.RemitProbability(0), 12);
        Assert.Equal(0.75 * Math.Exp(-1), b.RemitProbability(20), 12);
    }

    // data/anchors.csv and data/README.md: KNOMAD 2017 corridor United States → Mexico = 30,019.19 US$ million;
    // WORLD → Philippines = total inflow. The ROW residual makes each receiver's column add up to the WORLD row.
    [Fact]
    public void Matrix2017_Shipped_MatchesAnchorAndRowResidualsCloseTheTotals()
    {
        var m = RemittanceTargetData.Matrix2017(DataPaths.Shipped("knomad", "wb_bilateral_remittance_estimates_2017_long.csv"), Countries);
        var c = Countries.Length;
        Assert.Equal(30019.19, m[(1 * c) + 3], 2);
        var intoPhl = Enumerable.Range(0, c).Sum(h => m[(h * c) + 2]);
        var world = Continuum.Data.IO.CsvFile.Read(DataPaths.Shipped("knomad", "wb_bilateral_remittance_estimates_2017_long.csv")).Records
            .Single(r => r.Text("sending_country") == "WORLD" && r.Text("receiving_country") == "Philippines").Number("remittances_usd_millions");
        Assert.Equal(world, intoPhl, 6);
    }

    [Fact]
    public void CorridorCosts_Shipped2015_InRangeAndUsMexicoMatchesRpw()
    {
        var cost = CorridorCostData.Load(DataPaths.Shipped("rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv"), Countries, 2015);
        var c = Countries.Length;
        Assert.All(cost, v => Assert.InRange(v, 0, 0.3));
        // RPW: USA→MEX average total cost was about 4–6 % in 2015 (mean of four quarters in the shipped export).
        Assert.InRange(cost[(1 * c) + 3], 0.03, 0.07);
        Assert.True(cost[(8 * c) + 2] > 0);
    }
}
