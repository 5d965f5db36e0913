using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Data.Tests.Demography;

/// <summary>The shared option rules of the projection and working-age front ends (<c>continuum project</c>, <c>workforce</c> and the web).</summary>
public sealed class DemographyOptionsTests
{
    private static string Cli(string field) => "--" + field.Replace('_', '-');

    [Fact]
    public void ProjectionOptions_Defaults_AreValidFiveYearMediumMigration()
    {
        var options = new ProjectionOptions("CAN").Validate();

        Assert.Equal((2020, 2050), (options.From, options.To));
        Assert.Equal(ProjectionStep.FiveYears, options.ProjectionStep);
        Assert.Equal(MigrationAssumption.Medium, options.MigrationAssumption);
    }

    [Theory]
    [InlineData(null, 2020, 2050, 5, "medium", "medium", false, "area")]
    [InlineData("CAN", 2021, 2050, 5, "medium", "medium", false, "from")]
    [InlineData("CAN", 1945, 2050, 5, "medium", "medium", false, "from")]
    [InlineData("CAN", 2020, 2020, 5, "medium", "medium", false, "to")]
    [InlineData("CAN", 2020, 2101, 1, "medium", "medium", false, "to")]
    [InlineData("CAN", 2020, 2047, 5, "medium", "medium", false, "to")]
    [InlineData("CAN", 2020, 2050, 3, "medium", "medium", false, "step")]
    [InlineData("CAN", 2020, 2050, 5, "high", "medium", false, "variant")]
    [InlineData("CAN", 2020, 2050, 5, "medium", "lots", false, "migration")]
    [InlineData("CAN", 2020, 2050, 5, "medium", "file", false, "migration")]
    [InlineData("CAN", 2020, 2050, 5, "medium", "zero", true, "migration")]
    public void ProjectionOptions_BrokenRule_NamesTheField(string? area, int from, int to, int step, string variant, string migration, bool file, string field)
    {
        var options = new ProjectionOptions(area, from, to, step, variant, migration, file);

        var ex = Assert.Throws<InputException>(() => options.Validate());

        Assert.Equal(field, ex.Field);
        Assert.Equal(ex, options.FindProblem(), new ProblemComparer());
    }

    [Fact]
    public void ProjectionOptions_CliSpelling_KeepsTheCommandLinesMessages()
    {
        var to = new ProjectionOptions("CAN", To: 2150).FindProblem(Cli)!;
        var file = new ProjectionOptions("CAN", Migration: "file").FindProblem(Cli)!;

        Assert.Equal("--to 2150 is not allowed; use a year after --from (2020) and no later than 2100", $"{to.Field} {to.Problem}");
        Assert.Equal("--migration file and --migration-file FILE go together", $"{file.Field} {file.Problem}");
    }

    [Fact]
    public void ProjectionOptions_WebSpelling_NamesTheQueryParameter()
    {
        var ex = Assert.Throws<InputException>(() => new ProjectionOptions("CAN", From: 2021).Validate());

        Assert.Equal("field 'from': 2021 is not allowed; use a multiple of 5 from 1950 to 2095 (years with a WPP 2019 population)", ex.Message);
    }

    [Theory]
    [InlineData("zero", MigrationAssumption.Zero, false)]
    [InlineData(" Medium ", MigrationAssumption.Medium, false)]
    [InlineData("FILE", MigrationAssumption.Supplied, true)]
    public void ProjectionOptions_Migration_IsReadCaseInsensitively(string migration, MigrationAssumption expected, bool file) =>
        Assert.Equal(expected, new ProjectionOptions("CAN", Migration: migration, HasMigrationFile: file).Validate().MigrationAssumption);

    [Fact]
    public void WorkingAgeOptions_Defaults_AreAfricaAndAsia2005To2050Aged15To64()
    {
        var options = new WorkingAgeOptions().Validate();

        Assert.Equal(["903", "935"], options.AreaList);
        Assert.Equal((2005, 2050), options.YearPair);
        Assert.Equal((15, 64), options.AgeRange);
        Assert.Equal("15-64", options.AgeLabel);
        Assert.Equal("80+", new WorkingAgeOptions(Ages: "80-100").Validate().AgeLabel);
    }

    [Theory]
    [InlineData(" , ", "2005,2050", "15-64", "areas")]
    [InlineData("CAN", "2050,2005", "15-64", "years")]
    [InlineData("CAN", "2003,2050", "15-64", "years")]
    [InlineData("CAN", "2005", "15-64", "years")]
    [InlineData("CAN", "2005,2105", "15-64", "years")]
    [InlineData("CAN", "2005,2050", "15-60", "ages")]
    [InlineData("CAN", "2005,2050", "abc", "ages")]
    [InlineData("CAN", "2005,2050", "64-15", "ages")]
    public void WorkingAgeOptions_BrokenRule_NamesTheField(string areas, string years, string ages, string field) =>
        Assert.Equal(field, Assert.Throws<InputException>(() => new WorkingAgeOptions(areas, years, ages).Validate()).Field);

    [Fact]
    public void WorkingAgeOptions_CliSpelling_KeepsTheCommandLinesMessage()
    {
        var problem = new WorkingAgeOptions(Ages: "15-62").FindProblem(Cli)!;

        Assert.Equal("--ages '15-62' is not allowed; give whole 5-year groups within 0–100, e.g. 15-64", $"{problem.Field} {problem.Problem}");
    }

    private sealed class ProblemComparer : IEqualityComparer<InputException?>
    {
        public bool Equals(InputException? x, InputException? y) => x?.Message == y?.Message && x?.Field == y?.Field;

        public int GetHashCode(InputException? obj) => obj?.Message.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
