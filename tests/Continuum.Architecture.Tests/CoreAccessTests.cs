namespace Continuum.Architecture.Tests;

/// <summary>
/// Core and Models compute; they know nothing of files, clocks, the console or the process environment (the edges pass
/// those in). Checked on the types and members each assembly references in its metadata, so a call hidden in a method
/// body counts. Core uses Models only for the shared validation types, plus the listed exceptions, which may only shrink.
/// </summary>
public sealed class CoreAccessTests
{
    private static readonly HashSet<string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.IO.Path", "System.IO.DriveInfo", "System.IO.FileSystemWatcher",
        "System.Console", "System.Diagnostics.Stopwatch", "System.Diagnostics.Process", "System.TimeProvider",
    };

    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow",
        "System.IO.StreamReader..ctor", "System.IO.StreamWriter..ctor",
    };

    // Environment is the process's (variables, folders, command line, clock ticks), except the thread id that the
    // compiler's iterator state machines read.
    private const string EnvironmentPrefix = "System.Environment.";
    private const string IteratorThreadId = "System.Environment.get_CurrentManagedThreadId";

    public static TheoryData<string> Projects => new(ProjectRules.BclOnly);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_HasNoFileClockOrConsoleAccess(string project)
    {
        var (types, members) = BuiltAssemblies.Uses(project);
        var found = types.Select(t => t.Type).Where(ForbiddenTypes.Contains)
            .Concat(members.Select(m => m.Member).Where(m => ForbiddenMembers.Contains(m)
                || ForbiddenTypes.Contains(m[..m.LastIndexOf('.', m.Length - 2)])
                || (m.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) && m != IteratorThreadId)))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(found.Count == 0,
            $"{project} reaches files, clocks, the console or the environment through {string.Join(", ", found)}; take the value as a parameter from the edge instead");
    }

    [Fact]
    public void Core_UsesModelsOnlyForValidation()
    {
        var used = UsedModelsTypes();
        var outside = used.Where(t => Namespace(t) != ProjectRules.ValidationNamespace && !ProjectRules.CoreModelsExceptions.Contains(t)).ToList();

        Assert.True(outside.Count == 0,
            $"Continuum.Core uses Models types outside the validation namespace: {string.Join(", ", outside)}; move the shared code down or pass values in");
    }

    [Fact]
    public void CoreModelsExceptions_AreAllStillUsed()
    {
        var used = UsedModelsTypes();
        var unused = ProjectRules.CoreModelsExceptions.Where(e => !used.Contains(e)).ToList();

        Assert.True(unused.Count == 0,
            $"Core no longer uses {string.Join(", ", unused)}: delete them from ProjectRules.CoreModelsExceptions (the list only shrinks)");
    }

    private static HashSet<string> UsedModelsTypes() =>
        BuiltAssemblies.Uses("Continuum.Core").Types.Where(t => t.Assembly == "Continuum.Models")
            .Select(t => t.Type.Split('+')[0]).ToHashSet(StringComparer.Ordinal);

    private static string Namespace(string type) => type.LastIndexOf('.') is var i and > 0 ? type[..i] : string.Empty;
}
