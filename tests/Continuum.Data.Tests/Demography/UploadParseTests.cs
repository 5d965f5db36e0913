using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Data.Tests.Demography;

/// <summary>The readers of user files parse text as well (the web's uploads), naming the given name, line and field in errors.</summary>
public sealed class UploadParseTests
{
    private const string MigrationHeader = "period_start,sex,age_start,net_migration_thousands\n";

    [Fact]
    public void SuppliedNetMigrationParse_TwoCountries_KeepsTheProjectedOneInPersons()
    {
        var supplied = SuppliedNetMigration.Parse("upload",
            "country_code,period_start,sex,age_start,net_migration_thousands\n124,2020,F,20,1.5\n124,2020,F,20,0.5\n250,2020,F,20,9\n", 124);

        Assert.Equal(2000, supplied.Groups(Sex.Female, 2020)[4]);
        Assert.Equal(2000, supplied.Groups(Sex.Female, 2020).Sum());
    }

    [Theory]
    [InlineData(MigrationHeader + "2020,X,0,1\n", 2L, "sex")]
    [InlineData(MigrationHeader + "2020,F,7,1\n", 2L, "age_start")]
    [InlineData(MigrationHeader + "2020,F,0,1\n2020,M,0,lots\n", 3L, "net_migration_thousands")]
    [InlineData("period_start,sex,age\n2020,F,0\n", 1L, "age_start")]
    public void SuppliedNetMigrationParse_BrokenText_NamesNameLineAndField(string text, long line, string field)
    {
        var ex = Assert.Throws<InputException>(() => SuppliedNetMigration.Parse("upload", text, 124));

        Assert.Equal(("upload", line, field), (ex.File, ex.Line, ex.Field));
    }

    [Fact]
    public void SuppliedNetMigrationParse_MissingPeriod_NamesTheUploadWhenAsked()
    {
        var supplied = SuppliedNetMigration.Parse("upload", MigrationHeader + "2020,F,0,1\n2020,M,0,1\n", 124);

        var ex = Assert.Throws<InputException>(() => supplied.Groups(Sex.Female, 2025));

        Assert.Equal("upload: field 'period_start': no rows for sex F in the period starting 2025", ex.Message);
    }

    [Fact]
    public void ExtraLabourParse_TwoYears_ReadsEveryColumn()
    {
        var series = ExtraLabourFile.Parse("upload",
            "year,population,adults,employment,effective_labour\n2012,100,80,60,50\n2013,200,160,120,110\n2014,1,1,1,1\n", 2012, 2);

        Assert.Equal([100.0, 200.0], series.Population);
        Assert.Equal([80.0, 160.0], series.Adults);
        Assert.Equal([60.0, 120.0], series.Employment);
        Assert.Equal([50.0, 110.0], series.EffectiveLabour);
    }

    [Theory]
    [InlineData("year,population,adults,employment,effective_labour\n2012,100,80,x,50\n2013,1,1,1,1\n", 2L, "employment")]
    [InlineData("year,population,adults,employment,effective_labour\n20x2,100,80,60,50\n", 2L, "year")]
    [InlineData("year,population,adults,employment\n2012,100,80,60\n", 1L, "effective_labour")]
    [InlineData("year,population,adults,employment,effective_labour\n2012,100,80,60,50\n", null, "year")]
    public void ExtraLabourParse_BrokenText_NamesNameLineAndField(string text, long? line, string field)
    {
        var ex = Assert.Throws<InputException>(() => ExtraLabourFile.Parse("upload", text, 2012, 2));

        Assert.Equal(("upload", line, field), (ex.File, ex.Line, ex.Field));
    }
}
