using Continuum.Core;
using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Engine;

/// <summary>The shipped baseline scenario run once from 2010 to 2017 (1 million simulated base persons) for the calibration tests.</summary>
public sealed class BaselineRun
{
    public BaselineRun()
    {
        var data = new ShippedData();
        var scenario = ShippedData.Scenario("baseline.toml") with { HorizonYear = 2017, SampleSize = 1_000_000 };
        Inputs = data.Inputs(scenario);
        using var simulation = new Core.Engine.Simulation(Inputs, 2);
        Result = simulation.Run(0);
        AbelCohenTotal = new double[Countries * Countries];
        AbelCohenReturns = new double[Countries * Countries];
        foreach (var r in CsvFile.Read(DataPaths.Shipped("demography", "migration", "abel_cohen_2022_bilateral_flows_5y_targets.csv")).Records)
        {
            var o = Index(r.Text("origin_iso3"));
            var d = Index(r.Text("dest_iso3"));
            if (r.Year("period_start") == 2010 && o != d)
            {
                AbelCohenTotal[(o * Countries) + d] += r.Number("flow_total");
                AbelCohenReturns[(o * Countries) + d] += r.Number("flow_return_natives_returning");
            }
        }
    }

    public SimulationInputs Inputs { get; }

    public SimulationResult Result { get; }

    public int Countries => Inputs.Dimensions.CountryCount;

    /// <summary>Abel–Cohen 2010–2015 flows (all movers), persons per 5 years, [o × C + d].</summary>
    public double[] AbelCohenTotal { get; }

    /// <summary>Abel–Cohen 2010–2015 returns (movers born in the destination), [o × C + d].</summary>
    public double[] AbelCohenReturns { get; }

    /// <summary>Simulated moves o → d in 2010–2014 (the five annual steps of the period), persons.</summary>
    public double SimulatedMoves(int o, int d, bool returnsOnly)
    {
        var sum = 0L;
        for (var y = 0; y < 5; y++)
        {
            sum += (returnsOnly ? Result.CorridorReturns : Result.CorridorMoves)[y][(o * Countries) + d];
        }

        return SimulationResult.Persons(sum);
    }

    private int Index(string iso3)
    {
        var i = Inputs.Dimensions.IndexOf(iso3);
        return i >= 0 ? i : Inputs.Dimensions.IndexOf("ROW");
    }
}
