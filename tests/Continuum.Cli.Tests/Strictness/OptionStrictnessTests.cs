using Continuum.Cli.Infrastructure.Usage;

namespace Continuum.Cli.Tests.Strictness;

/// <summary>
/// Every command of <c>continuum</c> (walked from Spectre's own model, so a new command is covered without editing this
/// file) refuses a misspelt option with exit 2 and a suggestion, keeps its --help, and names the option and the expected
/// form when a value has the wrong form. Runs the built command in its own process with a private, empty
/// CONTINUUM_HOME, so a command that wrongly ran anyway would leave a store there.
/// </summary>
public sealed class OptionStrictnessTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("continuum-strict-").FullName;

    public static TheoryData<string> Commands => new(CliModel.Leaves().Select(c => c.Path));

    public static TheoryData<string, string> ValueOptions => new(CliModel.Leaves()
        .SelectMany(c => c.Options.Where(o => !o.IsFlag && OptionForms.Expected(o.ClrType) != "a value of another form").Select(o => (c.Path, o.Display))));

    private IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["CONTINUUM_HOME"] = _home };

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public void Model_ListsEveryRegisteredCommand()
    {
        var paths = CliModel.Leaves().Select(c => c.Path).ToList();
        Assert.True(paths.Count >= 25, $"only {paths.Count} commands found");
        Assert.Contains("run", paths);
        Assert.Contains("data export", paths);
        Assert.Contains("model brain-gain", paths);
        Assert.Contains("serve", paths);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_MisspeltOption_ExitsTwoWithSuggestion(string path)
    {
        var command = CliModel.Find(path.Split(' '))!;
        var option = command.Options.First(o => o.Display.StartsWith("--", StringComparison.Ordinal));
        var typo = Misspell(option.Display, command);
        var args = Words(command).Append(typo).Concat(option.IsFlag ? [] : ["1"]).ToArray();

        var result = ContinuumCli.Run(Environment, args);

        Assert.Equal(2, result.ExitCode);
        var closest = command.OptionNames.Where(o => o.StartsWith("--", StringComparison.Ordinal))
            .GroupBy(o => Spelling.Distance(typo, o)).OrderBy(g => g.Key).First();
        Assert.Contains(closest, o => result.Error.Contains($"has no option {typo}; did you mean {o}?", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(_home, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Help_ExitsZeroWithUsage(string path)
    {
        var result = ContinuumCli.Run(Environment, [.. path.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("USAGE", result.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_home, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void Option_ValueOfWrongForm_NamesOptionAndExpectedForm(string path, string option)
    {
        var command = CliModel.Find(path.Split(' '))!;
        var expected = OptionForms.Expected(command.Options.First(o => o.Display == option).ClrType);

        var result = ContinuumCli.Run(Environment, [.. Words(command), option, "not-a-value"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} expects {expected}, got 'not-a-value'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("convert", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("`1", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sed", "5", "run has no option --sed; did you mean --seed?")]
    [InlineData("--seed", "x", "--seed expects a whole number, 0 or more, got 'x'")]
    [InlineData("--seed=-1", null, "--seed expects a whole number, 0 or more, got '-1'")]
    [InlineData("--no-store=3", null, "--no-store is a switch and takes no value")]
    public void Run_BadOption_RefusedBeforeAnythingRuns(string option, string? value, string sentence)
    {
        string[] args = value is null ? ["run", "scenarios/small.toml", option] : ["run", "scenarios/small.toml", option, value];

        var result = ContinuumCli.Run(Environment, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + sentence, result.Error.Trim());
        Assert.Empty(result.Out);
        Assert.Empty(Directory.GetFiles(_home, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("data export --indicatr X", "data export has no option --indicatr; did you mean --indicator?")]
    [InlineData("evidence --nope", "evidence has no option --nope; see continuum evidence --help")]
    [InlineData("evidence --format xml", "--format expects one of table, csv, json, md, html, got 'xml'")]
    [InlineData("runz", "continuum has no command 'runz'; did you mean run?")]
    [InlineData("data lst", "continuum data has no command 'lst'; did you mean list?")]
    public void CommandLine_Mistyped_OneSentenceExitTwo(string line, string sentence)
    {
        var result = ContinuumCli.Run(Environment, line.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + sentence, result.Error.Trim());
    }

    /// <summary>The command's words and a placeholder for each required argument.</summary>
    private static IEnumerable<string> Words(CliCommandInfo command) =>
        command.Path.Split(' ').Concat(Enumerable.Repeat("placeholder.csv", command.RequiredArguments));

    /// <summary>The option with its last letter dropped, or with an extra letter when that would name another option.</summary>
    private static string Misspell(string option, CliCommandInfo command)
    {
        var dropped = option[..^1];
        return option.Length > 5 && !command.OptionNames.Contains(dropped, StringComparer.Ordinal) ? dropped : option + "x";
    }
}
