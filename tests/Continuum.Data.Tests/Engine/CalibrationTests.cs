using Continuum.Core;
using Continuum.Core.Output;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Engine;

/// <summary>
/// Base-period calibration of the baseline against the data it was calibrated to: Abel–Cohen (2022)
/// bilateral flows 2010–2015 (data/demography/migration) and the World Bank 2017 bilateral stocks.
/// The migration rates are calibrated so that each corridor's expected flow in a calibration run equals its
/// target (MigrationCalibration); what remains is sampling error, which the tolerances are built from.
/// </summary>
public sealed class CalibrationTests(BaselineRun run) : IClassFixture<BaselineRun>
{
    [Fact]
    public void Emigration_BasePeriodByOrigin_Within10PercentOfAbelCohen()
    {
        // Totals by origin pool many corridors, so sampling error is under 2% here; 10% also covers corridors
        // under 20,000 movers, which are not calibrated.
        var dims = run.Inputs.Dimensions;
        foreach (var iso3 in dims.Countries.Where(c => c != "ROW"))
        {
            var o = dims.IndexOf(iso3);
            double target = 0, simulated = 0;
            for (var d = 0; d < run.Countries; d++)
            {
                target += o == d ? 0 : run.AbelCohenTotal[(o * run.Countries) + d];
                simulated += o == d ? 0 : run.SimulatedMoves(o, d, returnsOnly: false);
            }

            Assert.True(Math.Abs((simulated / target) - 1) <= 0.10, $"{iso3}: simulated {simulated:F0} vs Abel–Cohen {target:F0}");
        }
    }

    [Fact]
    public void Flows_BasePeriodCorridorsAbove50k_WithinSamplingErrorOfAbelCohen()
    {
        // Corridors with at least 50,000 movers in 2010–2015. The rates are calibrated so that the expected flow
        // equals the target; the realised flow is a sum of weighted Bernoulli (or split Poisson) moves whose
        // variance is at most w · flow, where w = min(weight of origin, weight of destination): every resident of
        // a country weighs at most that country's weight, and a heavier mover is split into destination-weight parts. Allow 4.5 standard errors plus 5% (the
        // calibration run's own sampling noise): a corridor fails by chance with probability below 1e-5.
        AssertWithinSamplingError(returnsOnly: false, minimum: 50_000, skipRestOfWorldDestination: false);
    }

    [Fact]
    public void Returns_BasePeriodCorridorsAbove20k_WithinSamplingErrorOfAbelCohen()
    {
        // Returns to a listed country (not to the rest of the world, where an onward move to another unlisted
        // country counts as a return to "ROW"); same test as for all flows.
        AssertWithinSamplingError(returnsOnly: true, minimum: 20_000, skipRestOfWorldDestination: true);
    }

    private void AssertWithinSamplingError(bool returnsOnly, double minimum, bool skipRestOfWorldDestination)
    {
        var dims = run.Inputs.Dimensions;
        var row = dims.IndexOf("ROW");
        var weights = run.Inputs.Base.WeightUnits;
        var tested = 0;
        for (var o = 0; o < run.Countries; o++)
        {
            for (var d = 0; d < run.Countries; d++)
            {
                var target = (returnsOnly ? run.AbelCohenReturns : run.AbelCohenTotal)[(o * run.Countries) + d];
                if (o == d || target < minimum || (skipRestOfWorldDestination && d == row))
                {
                    continue;
                }

                var weight = Math.Min(weights[o], weights[d]) / 256.0;
                var simulated = run.SimulatedMoves(o, d, returnsOnly);
                var allowed = (4.5 * Math.Sqrt(weight * target)) + (0.05 * target);
                Assert.True(Math.Abs(simulated - target) <= allowed, $"{dims.Countries[o]}→{dims.Countries[d]}: simulated {simulated:F0}, Abel–Cohen {target:F0}, allowed ±{allowed:F0}");
                tested++;
            }
        }

        Assert.True(tested >= 10);
    }

    [Fact]
    public void Stocks_BaseYear_MatchScaledBilateralMatrixWithinSamplingError()
    {
        // The base-year stock of every corridor is drawn person by person; its weighted count has variance at
        // most w × stock (w = persons per simulated person). Allow 4 standard errors plus 1%: a corridor fails
        // by chance with probability below 1e-4 (normal approximation).
        var dims = run.Inputs.Dimensions;
        var target = run.Inputs.Migration.BaseStockPersons;
        var checkedCorridors = 0;
        for (var b = 0; b < run.Countries; b++)
        {
            for (var r = 0; r < run.Countries; r++)
            {
                var k = (b * run.Countries) + r;
                if (b == r || target[k] < 50_000)
                {
                    continue;
                }

                var weight = run.Inputs.Base.WeightUnits[r] / 256.0;
                var simulated = SimulationResult.Persons(run.Result.CorridorStock[0][k]);
                var allowed = (4 * Math.Sqrt(weight * target[k])) + (0.01 * target[k]);
                Assert.True(Math.Abs(simulated - target[k]) <= allowed, $"{dims.Countries[b]} in {dims.Countries[r]}: {simulated:F0} vs {target[k]:F0}");
                checkedCorridors++;
            }
        }

        Assert.True(checkedCorridors >= 20);
    }

    [Fact]
    public void Stocks_2017CorridorsAbove100k_WithinFactor2Point5OfWorldBankMatrix()
    {
        // World Bank bilateral matrix 2017 (data/knomad). The Abel–Cohen flows imply faster growth than the
        // matrix in fast corridors (India→USA: 1.05 million arrivals in 2010–2015 but +0.6 million stock in
        // UN IMS), so the simulated 2017 stock can be twice the matrix; measured 0.84–2.19.
        var dims = run.Inputs.Dimensions;
        var names = dims.Countries.Where(c => c != "ROW").ToDictionary(SimulationCountries.KnomadName, dims.IndexOf);
        var year2017 = 2017 - dims.BaseYear;
        foreach (var r in CsvFile.Read(DataPaths.Shipped("knomad", "wb_bilateral_migrant_stocks_2017_long.csv")).Records)
        {
            if (!names.TryGetValue(r.Text("origin_country"), out var b) || !names.TryGetValue(r.Text("destination_country"), out var d) ||
                b == d || r.Number("migrants") < 100_000)
            {
                continue;
            }

            var ratio = SimulationResult.Persons(run.Result.CorridorStock[year2017][(b * run.Countries) + d]) / r.Number("migrants");
            Assert.True(ratio is >= 0.4 and <= 2.5, $"{dims.Countries[b]} in {dims.Countries[d]}: ratio {ratio:F3}");
        }
    }
}
