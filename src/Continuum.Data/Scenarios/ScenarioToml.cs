using System.Globalization;
using Continuum.Core.Scenario;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Scenarios;

/// <summary>
/// Reads and writes scenario TOML (format in docs/scenarios.md): the one reader of scenario files. <c>extends</c> is
/// resolved once, here (<see cref="EngineLevers.Over"/>, <see cref="DevelopmentLevers.Over"/>); each file is read from
/// disk once. Unknown keys, unknown countries and corridors, values out of range, a horizon before the base year and
/// missing parameter tables are errors naming the file, line and field.
/// </summary>
public static partial class ScenarioToml
{
    /// <summary>Most files an <c>extends</c> chain may hold below the scenario itself.</summary>
    public const int MaxExtendsDepth = 8;

    private static readonly string[] ScalarKeys =
    [
        "name", "description", "extends", "countries", "rest_of_world", "base_year", "horizon", "seed", "replicates",
        "sample_size", "scale", "migration", "vintages", "tables", DevelopmentLevers.Table,
    ];

    /// <summary>Reads <paramref name="path"/> and everything it extends into one validated scenario.</summary>
    public static Scenario Read(string path) => ReadSource(path).Scenario;

    /// <summary>Reads <paramref name="path"/> as <see cref="Read(string)"/> does, keeping where each field was set (for later messages).</summary>
    public static ScenarioSource ReadSource(string path) => ReadSource(path, ReadText);

    /// <summary>
    /// Reads several scenarios (e.g. both sides of a comparison), each file from disk once even when several extend it.
    /// </summary>
    public static IReadOnlyList<Scenario> ReadAll(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string Cached(string file) => texts.TryGetValue(file, out var text) ? text : texts[file] = ReadText(file);
        return paths.Select(p => ReadSource(p, Cached).Scenario).ToList();
    }

    private static ScenarioSource ReadSource(string path, Func<string, string> readText)
    {
        ArgumentNullException.ThrowIfNull(path);
        var locations = new Dictionary<string, (string? File, long? Line)>(StringComparer.Ordinal);
        var full = Path.GetFullPath(path);
        var scenario = Read(full, 0, locations, readText);
        (string? File, long? Line) Locate(string field) => locations.TryGetValue(field, out var at) ? at : (full, null);
        scenario.ValidateLevers(Locate);
        return new ScenarioSource(scenario, Locate);
    }

    /// <summary>
    /// A scenario from TOML <paramref name="text"/> without <c>extends</c> (e.g. the canonical TOML stored with a run);
    /// <paramref name="name"/> names it in errors and is its <see cref="Scenario.SourceFile"/>.
    /// </summary>
    public static Scenario Parse(string text, string name)
    {
        var locations = new Dictionary<string, (string? File, long? Line)>(StringComparer.Ordinal);
        var root = TomlFile.Parse(name, text);
        root.RejectUnknownKeys([.. ScalarKeys.Where(k => k != "extends"), .. EngineLevers.Specs.Select(s => s.Name)]);
        var scenario = Build(name, root, null, locations);
        scenario.ValidateLevers(field => locations.TryGetValue(field, out var at) ? at : (name, null));
        return scenario;
    }

    private static Scenario Read(string path, int depth, Dictionary<string, (string? File, long? Line)> locations, Func<string, string> readText)
    {
        var root = TomlFile.Parse(path, readText(path));
        root.RejectUnknownKeys([.. ScalarKeys, .. EngineLevers.Specs.Select(s => s.Name)]);
        Scenario? parent = null;
        if (root.OptionalString("extends") is { } extends)
        {
            if (depth >= MaxExtendsDepth)
            {
                throw root.Error("extends", string.Create(CultureInfo.InvariantCulture, $"'extends' goes more than {MaxExtendsDepth} files deep (a cycle?)"));
            }

            var parentPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, extends));
            if (!File.Exists(parentPath))
            {
                throw root.Error("extends", $"the extended scenario '{extends}' does not exist");
            }

            parent = Read(parentPath, depth + 1, locations, readText);
        }

        return Build(path, root, parent, locations);
    }

    private static Scenario Build(string path, TomlTableNode root, Scenario? parent, Dictionary<string, (string? File, long? Line)> locations)
    {
        var countries = root.Has("countries") ? Countries(root) : parent?.Countries ?? throw root.Error("countries", "required key 'countries' is missing");
        var baseYear = Integer(root, "base_year", parent?.BaseYear);
        var horizon = Integer(root, "horizon", parent?.HorizonYear);
        CheckYears(root, baseYear, horizon);
        foreach (var key in root.Keys)
        {
            locations[key] = (path, root.LineOf(key));
        }

        return new Scenario
        {
            Name = root.OptionalString("name") ?? Path.GetFileNameWithoutExtension(path),
            Description = root.OptionalString("description") ?? parent?.Description ?? string.Empty,
            SourceFile = path,
            Countries = countries,
            RestOfWorld = root.OptionalBoolean("rest_of_world") ?? parent?.RestOfWorld ?? true,
            BaseYear = (int)baseYear,
            HorizonYear = (int)horizon,
            Seed = (ulong)Integer(root, "seed", parent is null ? null : (long)parent.Seed, 0, long.MaxValue),
            Replicates = (int)Integer(root, "replicates", parent?.Replicates ?? 1, 1, 1000),
            SampleSize = Integer(root, "sample_size", parent?.SampleSize ?? 1_000_000, 1000, ScenarioMemory.MaxSampleSize),
            FullScale = Scale(root, parent?.FullScale ?? false),
            Migration = root.OptionalBoolean("migration") ?? parent?.Migration ?? true,
            Vintages = Vintages(root, parent),
            Tables = Tables(path, root, parent),
            Engine = ReadEngineLevers(root, locations).Over(parent?.Engine ?? EngineLevers.None),
            Development = ReadDevelopmentLevers(root, locations).Over(parent?.Development ?? DevelopmentLevers.None),
        };
    }

    private static ValueList<string> Countries(TomlTableNode root)
    {
        var list = root.Strings("countries").Select(c => c.Trim().ToUpperInvariant()).ToList();
        if (list.Count == 0)
        {
            throw root.Error("countries", "list at least one country");
        }

        foreach (var c in list)
        {
            if (!SimulationCountries.IsSupported(c))
            {
                throw root.Error("countries", $"unknown country '{c}'; supported: {string.Join(", ", SimulationCountries.Supported.Order(StringComparer.Ordinal))}");
            }
        }

        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw root.Error("countries", "a country is listed twice");
        }

        return new ValueList<string>(list);
    }

    private static long Integer(TomlTableNode root, string key, long? fallback, long min = 1950, long max = 2100)
    {
        var value = root.OptionalInteger(key) ?? fallback ?? throw root.Error(key, $"required key '{key}' is missing");
        return value >= min && value <= max
            ? value
            : throw root.Error(key, string.Create(CultureInfo.InvariantCulture, $"{value} is outside [{min}, {max}]"));
    }

    private static void CheckYears(TomlTableNode root, long baseYear, long horizon)
    {
        if (baseYear is < 1990 or > 2015 || baseYear % 5 != 0)
        {
            throw root.Error("base_year", string.Create(CultureInfo.InvariantCulture,
                $"{baseYear} is not a supported base year: use 1990, 1995, …, 2015 (WPP population years with Abel–Cohen flows)"));
        }

        if (horizon <= baseYear)
        {
            throw root.Error("horizon", string.Create(CultureInfo.InvariantCulture, $"the horizon {horizon} is not after the base year {baseYear}"));
        }
    }

    private static bool Scale(TomlTableNode root, bool fallback) => root.OptionalString("scale") switch
    {
        null => fallback,
        "sample" => false,
        "full" => true,
        var other => throw root.Error("scale", $"'{other}' is not a scale (sample or full)"),
    };
}
