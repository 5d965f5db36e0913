using Continuum.Data.Parameters;

namespace Continuum.Cli.Tests.AnalyticModels;

public sealed class ParameterFileTests
{
    private static string Shipped() =>
        File.ReadAllText(Path.Combine(ContinuumCli.RepositoryRoot(), "data", "parameters", "caribbean-nurse.csv"));

    [Fact]
    public void From_ShippedCaribbeanNurse_ReadsEveryKeyWithASource()
    {
        var file = ParameterFile.Parse("nurse.csv", Shipped());
        var x = MigrationReturnsParameterFile.From(file);
        Assert.Equal(30, x.CareerYears);
        Assert.Equal(0.629457414150238, x.OriginPriceLevel, 15); // PWT 10.01 pl_gdpo, Jamaica 2019
        Assert.All(MigrationReturnsParameterFile.Keys, k => Assert.NotEmpty(file.SourceOf(k)));
    }

    [Fact]
    public void From_UnknownParameter_NamesItAndItsLine()
    {
        var file = ParameterFile.Parse("nurse.csv", Shipped() + "wage_growth,0.02,per year,test\n");
        var ex = Assert.Throws<InputException>(() => MigrationReturnsParameterFile.From(file));
        Assert.Equal("wage_growth", ex.Field);
        Assert.Equal(21, ex.Line);
    }

    [Fact]
    public void From_MissingParameter_NamesIt()
    {
        var text = string.Join('\n', Shipped().Split('\n').Where(l => !l.StartsWith("vacancy_years,", StringComparison.Ordinal)));
        var ex = Assert.Throws<InputException>(() => MigrationReturnsParameterFile.From(ParameterFile.Parse("nurse.csv", text)));
        Assert.Equal("vacancy_years", ex.Field);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_FractionalCareerYears_Fails()
    {
        var text = Shipped().Replace("career_years,30,", "career_years,30.5,", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => MigrationReturnsParameterFile.From(ParameterFile.Parse("nurse.csv", text)));
        Assert.Equal("career_years", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Parse_DuplicateParameter_NamesFirstLine()
    {
        var ex = Assert.Throws<InputException>(() => ParameterFile.Parse("p.csv", "parameter,value,unit,source\na,1,x,y\na,2,x,y\n"));
        Assert.Equal(3, ex.Line);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }
}
