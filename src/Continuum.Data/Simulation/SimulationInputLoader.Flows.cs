using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>Abel–Cohen (2022) bilateral flows, aggregated to the scenario's countries and the rest of the world.</summary>
public sealed partial class SimulationInputLoader
{
    /// <summary>Number of 5-year periods before the base period used to date the base stock's arrival.</summary>
    private const int PastPeriods = 4;

    /// <summary>5-year flows of one period, persons, indexed [from × C + to].</summary>
    private sealed class PeriodFlows(int countries)
    {
        public double[] OutwardFemale { get; } = new double[countries * countries];

        public double[] OutwardMale { get; } = new double[countries * countries];

        public double[] Returns { get; } = new double[countries * countries];

        public double[] Onward { get; } = new double[countries * countries];
    }

    /// <summary>Flows of the base period, and natives' outward flows of the <see cref="PastPeriods"/> before it.</summary>
    private (PeriodFlows Base, double[][] PastOutward) Flows()
    {
        var path = DataFile("demography", "migration", "abel_cohen_2022_bilateral_flows_5y_targets.csv");
        var baseFlows = new PeriodFlows(_countries);
        var past = new double[PastPeriods][];
        for (var k = 0; k < PastPeriods; k++)
        {
            past[k] = new double[_countries * _countries];
        }

        var seen = false;
        foreach (var r in CsvFile.Read(path).Records)
        {
            var o = FlowIndex(r.Text("origin_iso3"));
            var d = FlowIndex(r.Text("dest_iso3"));
            if (o < 0 || d < 0 || o == d)
            {
                continue;
            }

            var period = r.Year("period_start");
            var k = (o * _countries) + d;
            var outward = r.Number("flow_outward_natives_leaving");
            if (period == _dims.BaseYear)
            {
                seen = true;
                var female = r.Number("flow_female");
                var male = r.Number("flow_male");
                var femaleShare = female + male > 0 ? female / (female + male) : 0.5;
                baseFlows.OutwardFemale[k] += outward * femaleShare;
                baseFlows.OutwardMale[k] += outward * (1 - femaleShare);
                baseFlows.Returns[k] += r.Number("flow_return_natives_returning");
                baseFlows.Onward[k] += r.Number("flow_transit_foreign_born_onward");
            }
            else if (period < _dims.BaseYear && (_dims.BaseYear - period) / 5 <= PastPeriods)
            {
                past[((_dims.BaseYear - period) / 5) - 1][k] += outward;
            }
        }

        if (!seen)
        {
            throw new InputException($"the Abel–Cohen flows have no period starting in {_dims.BaseYear}", path, field: "period_start");
        }

        return (baseFlows, past);
    }

    private int FlowIndex(string iso3)
    {
        var i = _dims.IndexOf(iso3);
        return i >= 0 ? i : _dims.IndexOf(RestOfWorld);
    }
}
