using Continuum.Models.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.Projection;

public sealed class CohortComponentProjectionTests
{
    private static readonly Gen<double[]> Population = Gen.Choose(0, 2_000_000).Select(i => (double)i).ArrayOf(21);

    [Property(MaxTest = 100)]
    public Property Project_NoMigration_PeopleConserved()
    {
        var cases = from f in Population
                    from m in Population
                    from tfr in Gen.Choose(0, 60).Select(i => i / 10.0)
                    from scale in Gen.Choose(1, 40).Select(i => i / 10.0)
                    from step in Gen.Elements(ProjectionStep.OneYear, ProjectionStep.FiveYears)
                    select (f, m, tfr, scale, step);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var inputs = SyntheticInputs.Build(c.f, c.m, 4, c.tfr, mortalityScale: c.scale);
            var result = CohortComponentProjection.Project(inputs, 2040, c.step);
            for (var i = 0; i + 1 < result.YearCount; i++)
            {
                var expected = result.Total(i) + result.Births(i) - result.Deaths(i);
                if (Math.Abs(result.Total(i + 1) - expected) > 1e-6 * Math.Max(1, expected) || result.NetMigration(i) != 0)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 100)]
    public Property Project_HeavyEmigration_NoNegativeCountsAndBalanceHolds()
    {
        var cases = from f in Population
                    from outflow in Gen.Choose(0, 5_000_000).Select(i => -(double)i)
                    from step in Gen.Elements(ProjectionStep.OneYear, ProjectionStep.FiveYears)
                    select (f, outflow, step);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var inputs = SyntheticInputs.Build(c.f, c.f, 2, 2.0, SyntheticInputs.Flat(c.outflow));
            var result = CohortComponentProjection.Project(inputs, 2030, c.step);
            for (var i = 0; i < result.YearCount; i++)
            {
                if (result.Population(i, Sex.Female).ToArray().Any(v => v < 0) || result.Population(i, Sex.Male).ToArray().Any(v => v < 0))
                {
                    return false;
                }
            }

            var balance = result.Total(0) + result.Births(0) - result.Deaths(0) + result.NetMigration(0);
            return Math.Abs(result.Total(1) - balance) <= 1e-6 * Math.Max(1, balance);
        });
    }

    [Fact]
    public void Project_MigrationAdded_EqualsHalfArrivingAndHalfSurvivingTheStep()
    {
        var migrants = SyntheticInputs.Flat(10_000);
        var inputs = SyntheticInputs.Build(SyntheticInputs.Flat(1e6), SyntheticInputs.Flat(1e6), 1, 0, migrants);
        var survival = new double[21];
        inputs.Periods[0].Male.FiveYearSurvivorshipRatios(survival);
        var expectedMale = 0.5 * migrants[0];
        for (var x = 1; x < 20; x++)
        {
            expectedMale += 0.5 * (migrants[x] + (migrants[x - 1] * survival[x]));
        }

        expectedMale += 0.5 * (migrants[20] + ((migrants[19] + migrants[20]) * survival[20]));
        var with = CohortComponentProjection.Project(inputs, 2025, ProjectionStep.FiveYears);
        var without = CohortComponentProjection.Project(inputs.WithoutMigration(), 2025, ProjectionStep.FiveYears);

        var maleAdded = with.Population(1, Sex.Male).ToArray().Sum() - without.Population(1, Sex.Male).ToArray().Sum();
        Assert.Equal(expectedMale, maleAdded, 6);
        Assert.Equal(with.Total(1) - without.Total(1), with.NetMigration(0), 6);
    }

    [Fact]
    public void Project_OneAndFiveYearSteps_AgreeWithinOnePercentAfter30Years()
    {
        double[] female = [900, 950, 1000, 1050, 1100, 1150, 1200, 1250, 1250, 1200, 1150, 1100, 1050, 1000, 900, 800, 600, 400, 200, 80, 20];
        var inputs = SyntheticInputs.Build(female.Select(v => v * 1000).ToArray(), female.Select(v => v * 990).ToArray(), 6, 1.7, SyntheticInputs.Flat(5000));

        var five = CohortComponentProjection.Project(inputs, 2050, ProjectionStep.FiveYears);
        var one = CohortComponentProjection.Project(inputs, 2050, ProjectionStep.OneYear);

        var relative = one.Total(one.YearIndex(2050)) / five.Total(five.YearIndex(2050)) - 1;
        Assert.InRange(relative, -0.01, 0.01);
    }

    [Fact]
    public void Project_OneYearStep_BaseIsSpragueSplitOfGroups()
    {
        var inputs = SyntheticInputs.Build(SyntheticInputs.Flat(5000), SyntheticInputs.Flat(4000), 1, 1.5);

        var result = CohortComponentProjection.Project(inputs, 2021, ProjectionStep.OneYear);

        Assert.Equal(101, result.AgeCount);
        Assert.Equal(21 * 9000.0, result.Total(0), 6);
        Assert.Equal(2, result.YearCount);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2031)]
    [InlineData(2023)]
    public void Project_ToYearOutsideRatesOrNotOnStep_Throws(int toYear)
    {
        var inputs = SyntheticInputs.Build(SyntheticInputs.Flat(1), SyntheticInputs.Flat(1), 2, 1.5);

        Assert.Throws<InputException>(() => CohortComponentProjection.Project(inputs, toYear, ProjectionStep.FiveYears));
    }

    [Fact]
    public void Inputs_PeriodsNotContiguous_Throws()
    {
        var valid = SyntheticInputs.Build(SyntheticInputs.Flat(1), SyntheticInputs.Flat(1), 2, 1.5);

        Assert.Throws<InputException>(() => new ProjectionInputs(2015, SyntheticInputs.Flat(1), SyntheticInputs.Flat(1), valid.Periods));
    }

    [Fact]
    public void PeriodRates_SexRatioOutOfRange_ThrowsNamingField()
    {
        var p = SyntheticInputs.Build(SyntheticInputs.Flat(1), SyntheticInputs.Flat(1), 1, 1.5).Periods[0];

        var ex = Assert.Throws<InputException>(() => new PeriodRates(2020, p.Female.Mx, p.Male.Mx, p.AsfrPerYear, 2.5, new double[21], new double[21]));
        Assert.Contains("sex ratio at birth", ex.Message, StringComparison.Ordinal);
    }
}
