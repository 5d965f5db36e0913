namespace Continuum.Architecture.Tests;

/// <summary>
/// The allowed dependencies between Continuum's projects (docs/architecture.md): Models ← Core ← Data ← Scenarios ←
/// {Evidence, Web, Cli}. Each project may reference only the projects listed for it; nothing points upward. A project
/// named here that is not built yet (Continuum.Scenarios, until it lands) is simply absent; its rule applies when it appears.
/// </summary>
internal static class ProjectRules
{
    /// <summary>Project → the Continuum projects it may reference.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed = new Dictionary<string, IReadOnlySet<string>>
    {
        ["Continuum.Models"] = Set(),
        ["Continuum.Core"] = Set("Continuum.Models"),
        ["Continuum.Data"] = Set("Continuum.Core", "Continuum.Models"),
        ["Continuum.Scenarios"] = Set("Continuum.Data", "Continuum.Core", "Continuum.Models"),
        ["Continuum.Evidence"] = Set("Continuum.Scenarios", "Continuum.Data", "Continuum.Core", "Continuum.Models"),
        ["Continuum.Web"] = Set("Continuum.Evidence", "Continuum.Scenarios", "Continuum.Data", "Continuum.Core", "Continuum.Models"),
        // Cli composes everything; it references Web only to host the dashboard (`serve`, see CliWebEntryPoints).
        ["Continuum.Cli"] = Set("Continuum.Web", "Continuum.Evidence", "Continuum.Scenarios", "Continuum.Data", "Continuum.Core", "Continuum.Models"),
    };

    /// <summary>The only Web types the CLI may use: what <c>continuum serve</c> needs to build and run the host.</summary>
    public static readonly IReadOnlySet<string> CliWebEntryPoints = Set(
        "Continuum.Web.Hosting.ContinuumWebHost", "Continuum.Web.Hosting.ContinuumWebOptions");

    /// <summary>The Models namespace Core may use: the shared validation types (Require, InputException, Spelling).</summary>
    public const string ValidationNamespace = "Continuum";

    /// <summary>
    /// Models types outside the validation namespace that Core uses today, by full name. The list may only shrink: a test
    /// fails when an entry is no longer used (delete it), and when Core uses a Models type not listed. CobbDouglasPath is
    /// there by design (issue 11: one production function, in the models library, used by the engine's micro→macro
    /// coupling and by the host-economy model).
    /// </summary>
    public static readonly IReadOnlySet<string> CoreModelsExceptions = Set(
        "Continuum.Models.HostEconomy.ExtraLabourSeries",
        "Continuum.Models.Macro.CobbDouglasPath");

    /// <summary>Packages (assembly-name prefixes) that belong to the edges and must not be referenced by these projects.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ForbiddenPackages = new Dictionary<string, string[]>
    {
        ["Continuum.Data"] = ["Microsoft.AspNetCore", "Spectre"],
        ["Continuum.Scenarios"] = ["Microsoft.AspNetCore", "Spectre"],
    };

    /// <summary>Projects that may reference the base class library only (and the Continuum projects allowed above).</summary>
    public static readonly IReadOnlyList<string> BclOnly = ["Continuum.Models", "Continuum.Core"];

    /// <summary>Projects whose public static fields must not be arrays or writable (shared mutable state).</summary>
    public static readonly IReadOnlyList<string> NoPublicStaticMutableState = ["Continuum.Models", "Continuum.Core", "Continuum.Data"];

    /// <summary>
    /// Public static arrays that exist today, by full name. The list may only shrink: a test fails when an entry is gone
    /// (delete it here) and when a new one appears.
    /// </summary>
    public static readonly IReadOnlySet<string> PublicStaticArrayExceptions = Set(
        "Continuum.Data.Indicators.IndicatorInputs.QuoteColumns",
        "Continuum.Data.Indicators.IndicatorInputs.WorkerColumns",
        "Continuum.Data.Simulation.ParameterTables.EducationNames");

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
