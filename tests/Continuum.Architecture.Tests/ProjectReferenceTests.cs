using System.Xml.Linq;

namespace Continuum.Architecture.Tests;

/// <summary>
/// The project graph by reflection over the built assemblies: each project references only the Continuum projects its
/// rule allows (nothing upward), Models and Core reference only the base class library, Data no web or console package,
/// and Core.Tests tests Core without Data.
/// </summary>
public sealed class ProjectReferenceTests
{
    public static TheoryData<string> Projects => new(BuiltAssemblies.SourceProjects());

    [Fact]
    public void EverySourceProject_HasARule()
    {
        var missing = BuiltAssemblies.SourceProjects().Where(p => !ProjectRules.Allowed.ContainsKey(p)).ToList();

        Assert.True(missing.Count == 0,
            $"src/ holds projects without a dependency rule: {string.Join(", ", missing)}; add them to ProjectRules.Allowed and docs/architecture.md");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_ReferencesOnlyAllowedProjects(string project)
    {
        var allowed = ProjectRules.Allowed.GetValueOrDefault(project) ?? new HashSet<string>();
        var upward = BuiltAssemblies.References(project)
            .Where(r => r.StartsWith("Continuum.", StringComparison.Ordinal) && !allowed.Contains(r)).ToList();

        Assert.True(upward.Count == 0,
            $"{project} references {string.Join(", ", upward)}; it may reference only {string.Join(", ", allowed.DefaultIfEmpty("the BCL"))}");
    }

    [Theory]
    [MemberData(nameof(BclOnlyProjects))]
    public void BclOnlyProject_ReferencesNoPackage(string project)
    {
        var packages = BuiltAssemblies.References(project)
            .Where(r => !IsBcl(r) && !r.StartsWith("Continuum.", StringComparison.Ordinal)).ToList();

        Assert.True(packages.Count == 0, $"{project} must reference the base class library only, but references {string.Join(", ", packages)}");
    }

    public static TheoryData<string> BclOnlyProjects => new(ProjectRules.BclOnly);

    [Theory]
    [MemberData(nameof(PackageRules))]
    public void Project_ReferencesNoEdgePackage(string project)
    {
        if (!BuiltAssemblies.SourceProjects().Contains(project))
        {
            return;
        }

        var forbidden = ProjectRules.ForbiddenPackages[project];
        var found = BuiltAssemblies.References(project).Where(r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.True(found.Count == 0, $"{project} references {string.Join(", ", found)}: those belong to the Cli and Web edges");
    }

    public static TheoryData<string> PackageRules => new(ProjectRules.ForbiddenPackages.Keys);

    [Fact]
    public void Cli_UsesWebOnlyToServe()
    {
        var webTypes = BuiltAssemblies.Uses("Continuum.Cli").Types
            .Where(t => t.Assembly == "Continuum.Web").Select(t => t.Type).Distinct().ToList();
        var other = webTypes.Where(t => !ProjectRules.CliWebEntryPoints.Contains(t)).ToList();

        Assert.True(other.Count == 0,
            $"the CLI uses Web types beyond the host it serves: {string.Join(", ", other)}; shared code belongs in a lower project");
    }

    [Fact]
    public void CoreTests_DoNotReferenceData()
    {
        var csproj = Path.Combine(BuiltAssemblies.RepositoryRoot(), "tests", "Continuum.Core.Tests", "Continuum.Core.Tests.csproj");
        var references = XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();
        var above = references.Where(r => r is not ("Continuum.Core" or "Continuum.Models" or "Continuum.Testing")).ToList();

        Assert.True(above.Count == 0,
            $"Continuum.Core.Tests references {string.Join(", ", above)}; Core is tested with its own small inputs, not the store or data readers");
    }

    private static bool IsBcl(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "Microsoft.Win32.Primitives";
}
