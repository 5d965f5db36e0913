using Continuum.Data.Households;

namespace Continuum.Cli.Tests.AnalyticModels;

public sealed class HouseholdIncomeFileTests
{
    [Fact]
    public void Parse_DuplicateId_NamesBothLines()
    {
        var ex = Assert.Throws<InputException>(() => HouseholdIncomeFile.Parse("h.csv", "household_id,wages\n7,1\n8,2\n7,3\n"));
        Assert.Equal(4, ex.Line);
        Assert.Equal("household_id", ex.Field);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZeroWeight_NamesRange()
    {
        var ex = Assert.Throws<InputException>(() => HouseholdIncomeFile.Parse("h.csv", "household_id,weight,wages\n1,0,5\n"));
        Assert.Equal("weight", ex.Field);
        Assert.Contains("(0, ∞)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoSourceColumn_Fails()
    {
        var ex = Assert.Throws<InputException>(() => HouseholdIncomeFile.Parse("h.csv", "household_id,weight\n1,1\n"));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Parse_NotANumber_NamesField()
    {
        var ex = Assert.Throws<InputException>(() => HouseholdIncomeFile.Parse("h.csv", "household_id,wages,farm\n1,5,abc\n"));
        Assert.Equal("farm", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Parse_WeightColumn_IsNotASource()
    {
        var incomes = HouseholdIncomeFile.Parse("h.csv", "household_id,wages,weight,remit\n1,5,2,0\n2,6,1,1\n");
        Assert.Equal(["wages", "remit"], incomes.SourceNames);
        Assert.True(incomes.IsWeighted);
        Assert.Equal(2, incomes.Weights[0]);
    }
}
