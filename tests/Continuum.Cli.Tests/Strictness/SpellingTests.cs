namespace Continuum.Cli.Tests.Strictness;

/// <summary>The "did you mean" rule shared by the command line and the web API.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("--sed", "--seed")]
    [InlineData("--indicatr", "--indicator")]
    [InlineData("form", "from")]
    [InlineData("stpes", "steps")]
    [InlineData("--FORMAT", "--format")]
    public void Suggest_CloseName_ReturnsIt(string typed, string expected) =>
        Assert.Equal(expected, Spelling.Suggest(typed, ["--seed", "--indicator", "from", "steps", "--format", "to"]));

    [Theory]
    [InlineData("--nope")]
    [InlineData("zzzzzz")]
    public void Suggest_NothingClose_ReturnsNull(string typed) =>
        Assert.Null(Spelling.Suggest(typed, ["--seed", "--indicator", "--format"]));

    [Theory]
    [InlineData("form", "from", 1)]
    [InlineData("seed", "sed", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsSwapsOnce(string a, string b, int distance) => Assert.Equal(distance, Spelling.Distance(a, b));
}
