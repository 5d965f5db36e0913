using Continuum.Cli.Infrastructure.Usage;

namespace Continuum.Cli.Tests.Golden;

using Golden = Continuum.Testing.Golden;

/// <summary>
/// Pins <c>continuum --help</c> and the <c>--help</c> of every command and branch (walked from Spectre's own model, so a
/// new command gets a file the first time the tests run with <c>UPDATE_GOLDEN=1</c>) in <c>Golden/help/</c>, one file a
/// command: a changed option, default or description shows up as a reviewed diff. Rewrite them all with
/// <c>UPDATE_GOLDEN=1 dotnet test --project tests/Continuum.Cli.Tests -- --filter-class '*HelpGoldenTests*'</c>.
/// </summary>
public sealed class HelpGoldenTests
{
    /// <summary>Every command path, branches included; the empty path is <c>continuum</c> itself.</summary>
    public static TheoryData<string> Paths => new(AllPaths());

    [Theory]
    [MemberData(nameof(Paths))]
    public void Help_SameAsPinned(string path)
    {
        var args = path.Length == 0 ? ["--help"] : path.Split(' ').Append("--help").ToArray();

        var result = ContinuumCli.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Golden.AssertSame($"help/{FileName(path)}", WithoutTrailingSpaces(result.Out));
    }

    [Fact]
    public void HelpFolder_HoldsOnlyFilesOfRegisteredCommands()
    {
        var expected = AllPaths().Select(FileName).ToHashSet(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(Golden.PathOf("help/x.txt"))!;
        var stale = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => !expected.Contains(f!)).ToList()
            : [];

        Assert.True(stale.Count == 0,
            $"Golden/help holds files of commands that no longer exist: {string.Join(", ", stale)}; delete them (UPDATE_GOLDEN=1 does not)");
    }

    private static IEnumerable<string> AllPaths() => Flatten(CliModel.Commands).Select(c => c.Path).Prepend(string.Empty);

    private static IEnumerable<CliCommandInfo> Flatten(IEnumerable<CliCommandInfo> commands) =>
        commands.SelectMany(c => Flatten(c.Children).Prepend(c));

    // Spectre pads its option table with spaces; they carry nothing, and editors strip them from files.
    private static string WithoutTrailingSpaces(string text) => string.Join('\n', text.Split('\n').Select(l => l.TrimEnd()));

    private static string FileName(string path) => (path.Length == 0 ? "continuum" : "continuum-" + path.Replace(' ', '-')) + ".txt";
}
