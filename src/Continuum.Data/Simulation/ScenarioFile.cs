using System.Globalization;
using System.Security.Cryptography;
using Continuum.Core.Scenario;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// Reads a scenario TOML file (format in docs/scenarios.md). Unknown keys, unknown countries, values out of
/// range, a horizon before the base year and missing parameter tables are errors naming file, line and key.
/// <c>extends = "other.toml"</c> reads the other file first; this file's keys override it.
/// </summary>
public static partial class ScenarioFile
{
    private static readonly string[] RootKeys =
    [
        "name", "description", "extends", "countries", "rest_of_world", "base_year", "horizon", "seed", "replicates",
        "sample_size", "scale", "migration", "vintages", "admissions", "emigration_rate_multiplier", "return_hazard_multiplier", "tables",
        "development",
    ];

    /// <summary>Reads <paramref name="path"/> and everything it extends.</summary>
    public static ScenarioDefinition Read(string path) => Read(Path.GetFullPath(path), 0);

    private static ScenarioDefinition Read(string path, int depth)
    {
        if (depth > 8)
        {
            throw new InputException("'extends' goes more than 8 files deep (a cycle?)", path, field: "extends");
        }

        var root = TomlFile.Read(path);
        root.RejectUnknownKeys(RootKeys);
        var extends = root.OptionalString("extends");
        ScenarioDefinition? parent = null;
        if (extends is not null)
        {
            var parentPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, extends));
            if (!File.Exists(parentPath))
            {
                throw root.Error("extends", $"the extended scenario '{extends}' does not exist");
            }

            parent = Read(parentPath, depth + 1);
        }

        return Build(path, root, parent);
    }

    private static ScenarioDefinition Build(string path, TomlTableNode root, ScenarioDefinition? parent)
    {
        var countries = root.Has("countries") ? Countries(root) : parent?.Countries ?? throw root.Error("countries", "required key 'countries' is missing");
        var baseYear = Integer(root, "base_year", parent?.BaseYear);
        var horizon = Integer(root, "horizon", parent?.HorizonYear);
        CheckYears(root, baseYear, horizon);
        var tables = Tables(path, root, parent);
        var definition = new ScenarioDefinition
        {
            Name = root.OptionalString("name") ?? Path.GetFileNameWithoutExtension(path),
            Description = root.OptionalString("description") ?? parent?.Description ?? string.Empty,
            SourceFile = path,
            Hash = Hash(path, parent, tables),
            Countries = countries,
            RestOfWorld = root.OptionalBoolean("rest_of_world") ?? parent?.RestOfWorld ?? true,
            BaseYear = (int)baseYear,
            HorizonYear = (int)horizon,
            Seed = (ulong)Integer(root, "seed", parent is null ? null : (long)parent.Seed, 0, long.MaxValue),
            Replicates = (int)Integer(root, "replicates", parent?.Replicates ?? 1, 1, 1000),
            SampleSize = Integer(root, "sample_size", parent?.SampleSize ?? 1_000_000, 1000, MaxSampleSize),
            FullScale = Scale(root, parent?.FullScale ?? false),
            Migration = root.OptionalBoolean("migration") ?? parent?.Migration ?? true,
            Vintages = Vintages(root, parent),
            Tables = tables,
        };
        return definition with
        {
            Admissions = Levers(root, "admissions", countries, parent?.Admissions, 0, 1e9),
            EmigrationRateMultiplier = Levers(root, "emigration_rate_multiplier", countries, parent?.EmigrationRateMultiplier, 0, 100),
            ReturnHazardMultiplier = Levers(root, "return_hazard_multiplier", countries, parent?.ReturnHazardMultiplier, 0, 100),
        };
    }

    private static List<string> Countries(TomlTableNode root)
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

        return list;
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

    private static string Hash(string path, ScenarioDefinition? parent, IReadOnlyDictionary<string, string> tables)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(File.ReadAllBytes(path));
        if (parent is not null)
        {
            sha.AppendData(Convert.FromHexString(parent.Hash));
        }

        foreach (var (_, table) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            sha.AppendData(File.ReadAllBytes(table));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
