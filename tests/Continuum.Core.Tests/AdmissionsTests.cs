using Continuum.Core.Output;

namespace Continuum.Core.Tests;

/// <summary>The admissions lever: a host's foreign-born arrivals are thinned to its annual cap.</summary>
public sealed class AdmissionsTests
{
    [Fact]
    public void Run_CapAtHalfTheDemand_ArrivalsNearTheCap()
    {
        var open = EngineRun.Run(SyntheticInputs.Create(11, scale: 0.5));
        var years = open.Dimensions.Years - 1;
        var demand = Enumerable.Range(0, years).Average(y => SimulationResult.Persons(open.Total(y, 1, Measure.Immigrants)));
        var cap = Math.Round(demand / 2);
        var capped = EngineRun.Run(SyntheticInputs.Create(11, scale: 0.5, admissionsCap: cap));
        var admitted = Enumerable.Range(0, years).Average(y => SimulationResult.Persons(capped.Total(y, 1, Measure.Immigrants)));

        // Each arrival is admitted with probability cap / demand, so the mean is the cap; 10% covers the
        // binomial thinning error here (several hundred simulated arrivals a year).
        Assert.InRange(admitted / cap, 0.9, 1.1);
        Assert.Equal(SimulationResult.Persons(open.Total(0, 1, Measure.Returns)), SimulationResult.Persons(capped.Total(0, 1, Measure.Returns)));
    }
}
