using Continuum.Data.Demography;

namespace Continuum.Data.Tests.Demography;

/// <summary>The working-age comparison computed from parsed <see cref="WorkingAgeOptions"/> (shared by <c>continuum workforce</c> and the web).</summary>
public sealed class WorkingAgeRowTests
{
    private static readonly WppDemography Wpp = WppDemography.LoadShipped();

    [Fact]
    public void Compare_AfricaAndAsiaDefaults_ReproducesTheDocumentedChange()
    {
        var options = new WorkingAgeOptions().Validate();
        var locations = options.AreaList.Select(a => Wpp.Locations.Resolve(a, "areas")).ToList();

        var rows = WorkingAgeRow.Compare(Wpp, locations, options);

        // docs/models/projection.md, "Working age" (WPP 2019, printed to the million): Africa + Asia aged 15–64 grow by
        // 1,809 million from 2005 to 2050; tolerance half a million.
        Assert.Equal(3, rows.Count);
        Assert.Equal(WorkingAgeRow.TotalArea, rows[2].Area);
        Assert.Equal(1_809, rows[2].ChangePersons / 1e6, 0.5);
        Assert.Equal(rows[0].PersonsFrom + rows[1].PersonsFrom, rows[2].PersonsFrom, 1e-6);
    }

    [Fact]
    public void Compare_OneArea_HasNoTotalRow()
    {
        var options = new WorkingAgeOptions("908").Validate();

        var rows = WorkingAgeRow.Compare(Wpp, [Wpp.Locations.Resolve("908")], options);

        // docs/models/projection.md: Europe 497 → 407 million aged 15–64, 2005 → 2050 (tolerance half a million).
        var europe = Assert.Single(rows);
        Assert.Equal(497, europe.PersonsFrom / 1e6, 0.5);
        Assert.Equal(407, europe.PersonsTo / 1e6, 0.5);
        Assert.True(europe.ChangePercent < 0);
    }

    [Fact]
    public void ChartYears_2005To2050_IsEveryFifthYear() =>
        Assert.Equal([2005, 2010, 2015, 2020, 2025, 2030, 2035, 2040, 2045, 2050], WorkingAgeRow.ChartYears(new WorkingAgeOptions().Validate()));

    [Fact]
    public void ChangePercent_ZeroInTheFirstYear_IsNull() => Assert.Null(new WorkingAgeRow("X", "x", 0, 10).ChangePercent);
}
