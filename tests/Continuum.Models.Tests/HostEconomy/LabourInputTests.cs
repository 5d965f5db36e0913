using Continuum.Models.HostEconomy;
using Continuum.Models.Projection;
using Continuum.Models.Tests.Projection;

namespace Continuum.Models.Tests.HostEconomy;

public sealed class LabourInputTests
{
    [Fact]
    public void FromProjection_OneYearSteps_CopiesSingleYearPopulation()
    {
        var inputs = SyntheticInputs.Build(SyntheticInputs.Flat(50_000), SyntheticInputs.Flat(49_000), 2, 1.6);
        var projection = CohortComponentProjection.Project(inputs, 2030, ProjectionStep.OneYear);

        var labour = LabourInput.FromProjection(projection, 2022, 5);

        Assert.Equal(2022, labour.FirstYear);
        Assert.Equal(5, labour.Years);
        Assert.Equal(projection.Population(projection.YearIndex(2024), Sex.Male).ToArray(), labour.Population(2, Sex.Male).ToArray());
    }

    [Fact]
    public void FromProjection_FiveYearSteps_Throws()
    {
        var inputs = SyntheticInputs.Build(SyntheticInputs.Flat(50_000), SyntheticInputs.Flat(49_000), 2, 1.6);
        var projection = CohortComponentProjection.Project(inputs, 2030, ProjectionStep.FiveYears);

        Assert.Throws<InputException>(() => LabourInput.FromProjection(projection, 2020, 5));
    }

    [Fact]
    public void Constructor_NegativePopulation_ThrowsNamingField()
    {
        var year = new[] { new double[101], new double[101] };
        year[1][30] = -1;

        var ex = Assert.Throws<InputException>(() => new LabourInput(2012, [year]));
        Assert.Equal("population", ex.Field);
    }
}
