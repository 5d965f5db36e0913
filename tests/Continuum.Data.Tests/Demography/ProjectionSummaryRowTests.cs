using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Data.Tests.Demography;

/// <summary>The projection summary shared by <c>continuum project</c> and the web, for options parsed by <see cref="ProjectionOptions"/>.</summary>
public sealed class ProjectionSummaryRowTests
{
    [Fact]
    public void Of_Canada2020To2050_MatchesTheResultAndTheDocumentedWppDifferences()
    {
        var wpp = WppDemography.LoadShipped();
        var options = new ProjectionOptions("CAN").Validate();
        var can = wpp.Locations.Resolve(options.Area!);
        var result = CohortComponentProjection.Project(wpp.Inputs(can, options.From, options.To, options.MigrationAssumption), options.To, options.ProjectionStep);

        var rows = ProjectionSummaryRow.Of(result, can, wpp);

        Assert.Equal(7, rows.Count);
        Assert.Null(rows[0].Births);
        Assert.Equal(result.Births(0), rows[1].Births);
        Assert.Equal(result.Total(6), rows[6].Population);
        Assert.Equal(rows[6].Population, rows[6].Ages0To14 + rows[6].Ages15To64 + rows[6].Ages65Plus, 1e-6 * rows[6].Population);
        // docs/models/projection.md, Validation: Canada 2030 −0.06% and 2050 −0.49% against WPP 2019 medium (printed to 0.01 points).
        Assert.Equal(-0.06, rows[2].DifferencePercent!.Value, 0.01);
        Assert.Equal(-0.49, rows[6].DifferencePercent!.Value, 0.01);
    }

    [Fact]
    public void DifferencePercent_WithoutAWppTotal_IsNull() =>
        Assert.Null(new ProjectionSummaryRow(2101, 1, 0, 1, 0, 0, 0, 0, null).DifferencePercent);
}
