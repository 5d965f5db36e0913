using Continuum.Models.LifeTables;
using Continuum.Models.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.LifeTables;

public sealed class LifeTableTests
{
    // WPP 2019 abridged mx, Canada 2010–2015 (data/demography/wpp2019/mx_by_age_sex.csv, UN DESA 2019).
    internal static readonly double[] CanadaFemale2010 =
    [
        0.004297, 0.000136, 6.8e-05, 8.3e-05, 0.000237, 0.000289, 0.000308, 0.000401, 0.000578, 0.000925, 0.001536,
        0.002425, 0.003612, 0.005646, 0.00902, 0.014733, 0.024788, 0.044243, 0.08591, 0.160111, 0.275183, 0.441369,
    ];

    internal static readonly double[] CanadaMale2010 =
    [
        0.005024, 0.000181, 9.1e-05, 0.000118, 0.000466, 0.00071, 0.000674, 0.000725, 0.000955, 0.00145, 0.0023,
        0.003672, 0.005668, 0.00885, 0.014128, 0.022874, 0.038506, 0.067033, 0.12231, 0.212962, 0.337419, 0.500188,
    ];

    [Theory]
    [InlineData(Sex.Female, 83.85)] // WPP 2019 e0, Canada 2010–2015, females (data/demography/wpp2019/e0_by_sex.csv)
    [InlineData(Sex.Male, 79.65)] // same source, males
    public void LifeExpectancy_CanadaWpp2019_Within0Point1YearOfPublished(Sex sex, double published)
    {
        var table = new LifeTable(sex == Sex.Female ? CanadaFemale2010 : CanadaMale2010, sex);

        Assert.InRange(table.LifeExpectancyAtBirth, published - 0.1, published + 0.1);
    }

    [Fact]
    public void SingleYearPersonYears_SumWithin0Point05YearOfAbridgedE0()
    {
        var table = new LifeTable(CanadaMale2010, Sex.Male);
        var sum = 0.0;
        foreach (var l in table.SingleYearPersonYears)
        {
            sum += l;
        }

        Assert.InRange(sum - table.LifeExpectancyAtBirth, -0.05, 0.05);
    }

    [Fact]
    public void SingleYearLx_MatchesAbridgedLxAtIntervalStarts()
    {
        var table = new LifeTable(CanadaFemale2010, Sex.Female);

        for (var i = 0; i < LifeTable.AbridgedAgeCount; i++)
        {
            Assert.Equal(table.Lx[i], table.SingleYearLx[LifeTable.AgeStart(i)], 12);
        }
    }

    [Fact]
    public void SingleYearDeathProbability_CompoundsToAbridgedQx()
    {
        var table = new LifeTable(CanadaFemale2010, Sex.Female);
        var survive = 1.0;
        for (var age = 60; age < 65; age++)
        {
            survive *= 1 - table.SingleYearDeathProbability(age);
        }

        Assert.Equal(1 - table.Qx[13], survive, 12);
    }

    [Fact]
    public void Constructor_NegativeRate_ThrowsNamingTheAge()
    {
        var mx = (double[])CanadaFemale2010.Clone();
        mx[5] = -0.01;

        var ex = Assert.Throws<InputException>(() => new LifeTable(mx, Sex.Female));
        Assert.Contains("mx at age 20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WrongLength_Throws() =>
        Assert.Throws<InputException>(() => new LifeTable(new double[21], Sex.Female));

    [Property(MaxTest = 200)]
    public Property SurvivorshipRatios_AnyRates_AreProbabilities()
    {
        var rates = Gen.Choose(1, 4000).Select(i => i / 10000.0).ArrayOf(LifeTable.AbridgedAgeCount);
        return Prop.ForAll(rates.ToArbitrary(), mx =>
        {
            var table = new LifeTable(mx, Sex.Male);
            var five = new double[21];
            var single = new double[101];
            table.FiveYearSurvivorshipRatios(five);
            table.SingleYearSurvivorshipRatios(single);
            return five.All(s => s is >= 0 and <= 1) && single.All(s => s is >= 0 and <= 1) && table.Qx.ToArray().All(q => q is >= 0 and <= 1);
        });
    }
}
