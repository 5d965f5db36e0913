using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Models.LifeTables;
using Continuum.Models.Projection;

namespace Continuum.Cli.Tests.Projection;

/// <summary>
/// The projection against the UN's own WPP 2019 medium variant (data/demography/wpp2019, UN DESA 2019, CC BY 3.0 IGO):
/// starting from the 2020 estimate with the medium variant's mx, asfr, sex ratio and net migration, totals must be
/// within 1% (issue 3). The 2020 base is used because the shipped age–sex pattern of net migration starts in 2020.
/// </summary>
public sealed class WppValidationTests(WppFixture fixture) : IClassFixture<WppFixture>
{
    [Theory]
    [InlineData("CAN", 2030, ProjectionStep.FiveYears)]
    [InlineData("CAN", 2050, ProjectionStep.FiveYears)]
    [InlineData("NGA", 2030, ProjectionStep.FiveYears)]
    [InlineData("NGA", 2050, ProjectionStep.FiveYears)]
    [InlineData("CAN", 2030, ProjectionStep.OneYear)]
    [InlineData("CAN", 2050, ProjectionStep.OneYear)]
    [InlineData("NGA", 2030, ProjectionStep.OneYear)]
    [InlineData("NGA", 2050, ProjectionStep.OneYear)]
    public void Project_From2020Estimate_TotalWithin1PercentOfWppMedium(string iso3, int year, ProjectionStep step)
    {
        var location = fixture.Wpp.Locations.Resolve(iso3);
        var inputs = fixture.Wpp.Inputs(location, 2020, year, MigrationAssumption.Medium);

        var result = CohortComponentProjection.Project(inputs, year, step);

        var published = fixture.Wpp.PopulationInAges(location.Code, year, 0, 100);
        Assert.InRange(result.Total(result.YearIndex(year)) / published, 0.99, 1.01);
    }

    [Fact]
    public void Project_AllLocations2020To2050_TotalsWithin2PercentOfWppMedium()
    {
        // Wider than the issue's 1% for CAN/NGA: Serbia (incl. Kosovo in WPP 2019) uses a WPP 2024 migration pattern without Kosovo.
        foreach (var location in fixture.Wpp.Locations.All.Where(l => fixture.Wpp.HasPopulation(l.Code, 2020)))
        {
            var result = CohortComponentProjection.Project(fixture.Wpp.Inputs(location, 2020, 2050, MigrationAssumption.Medium), 2050, ProjectionStep.FiveYears);
            var ratio = result.Total(result.YearIndex(2050)) / fixture.Wpp.PopulationInAges(location.Code, 2050, 0, 100);
            Assert.True(ratio is > 0.98 and < 1.02, $"{location.Name}: {ratio}");
        }
    }

    [Fact]
    public void LifeTable_AllLocationsAndPeriods_E0Within0Point1YearOfPublished()
    {
        var e0 = CsvFile.Read(DataPaths.Shipped("demography", "wpp2019", "e0_by_sex.csv"));
        var checkedCount = 0;
        foreach (var r in e0.Records)
        {
            var location = fixture.Wpp.Locations.Resolve(r.Text("country_code"));
            var rates = fixture.Wpp.Rates(location, r.Year("period_start"), MigrationAssumption.Zero);
            var sex = r.Text("sex") == "F" ? Sex.Female : Sex.Male;
            var ours = rates.LifeTable(sex).LifeExpectancyAtBirth;
            Assert.True(Math.Abs(ours - r.Number("e0")) <= 0.1, string.Create(CultureInfo.InvariantCulture, $"line {r.Line}: {ours} vs {r.Number("e0")}"));
            checkedCount++;
        }

        Assert.Equal(1920, checkedCount); // 32 locations × 2 sexes × 30 periods 1950–2100
    }

    [Fact]
    public void WorkingAge_AfricaPlusAsia2005To2050_MatchesIndependentSumOfShippedRows()
    {
        double Independent(int year)
        {
            var sum = 0.0;
            foreach (var line in File.ReadLines(DataPaths.Shipped("demography", "wpp2019", "population_by_age_sex.csv")).Skip(1))
            {
                var f = line.Split(',');
                var age = int.Parse(f[4], CultureInfo.InvariantCulture);
                if (f[0] is "903" or "935" && int.Parse(f[5], CultureInfo.InvariantCulture) == year && age is >= 15 and <= 60)
                {
                    sum += double.Parse(f[7], CultureInfo.InvariantCulture) * 1000;
                }
            }

            return sum;
        }

        var change = fixture.Wpp.PopulationInAges(903, 2050, 15, 64) + fixture.Wpp.PopulationInAges(935, 2050, 15, 64)
                     - fixture.Wpp.PopulationInAges(903, 2005, 15, 64) - fixture.Wpp.PopulationInAges(935, 2005, 15, 64);

        Assert.Equal(Independent(2050) - Independent(2005), change, 1e-3);
        // WPP 2012 gave +1,708 million (shared/research/models.md §5.3); WPP 2019 revisions are modest.
        Assert.InRange(change / 1e9, 1.6, 1.9);
    }

    [Fact]
    public void MediumMigration_Canada2020To2025_SumsToWpp2019Total()
    {
        var (female, male) = fixture.Wpp.MediumMigration(fixture.Wpp.Locations.Resolve("CAN"), 2020);

        // WPP 2019 medium variant, Canada 2020–2025: 1,174.069 thousand net migrants (data/demography/wpp2019/net_migration.csv).
        Assert.Equal(NetMigrationTotal("124", "2020"), female.Sum() + male.Sum(), 1e-6);
    }

    [Fact]
    public void Locations_SubSaharanAfrica_MapsToWpp2024Code1834()
    {
        Assert.Equal(1834, fixture.Wpp.Locations.Resolve("947").Wpp2024Code);
        Assert.Equal(124, fixture.Wpp.Locations.Resolve("can").Code);
        Assert.Throws<InputException>(() => fixture.Wpp.Locations.Resolve("XYZ"));
    }

    private static double NetMigrationTotal(string code, string periodStart) =>
        CsvFile.Read(DataPaths.Shipped("demography", "wpp2019", "net_migration.csv")).Records
            .Where(r => r.Text("country_code") == code && r.Text("period_start") == periodStart)
            .Sum(r => r.Number("net_migration_thousands")) * 1000;
}
