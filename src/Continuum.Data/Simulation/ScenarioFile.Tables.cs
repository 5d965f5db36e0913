using Continuum.Core.Scenario;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>The sub-tables of a scenario file: vintages, levers and parameter tables.</summary>
public static partial class ScenarioFile
{
    /// <summary>The data vintages this engine reads, by input; a scenario may name them but not change them.</summary>
    public static IReadOnlyDictionary<string, string> SupportedVintages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["population"] = "wpp2019",
        ["migration_flows"] = "abel-cohen-2022",
        ["migrant_stocks"] = "wb-bilateral-2017",
        ["education"] = "barro-lee-2.2",
        ["labour"] = "wdi-ilo-2026-07",
    };

    /// <summary>Parameter tables a scenario may name, with the shipped default (relative to <c>scenarios/</c>).</summary>
    public static IReadOnlyDictionary<string, string> TableNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["emigration_education_relative_risk"] = "params/emigration_education_relative_risk.csv",
        ["return_duration_relative_risk"] = "params/return_duration_relative_risk.csv",
    };

    private static Dictionary<string, string> Vintages(TomlTableNode root, ScenarioDefinition? parent)
    {
        var result = new Dictionary<string, string>(parent?.Vintages ?? SupportedVintages, StringComparer.Ordinal);
        var table = root.OptionalTable("vintages");
        if (table is null)
        {
            return result;
        }

        table.RejectUnknownKeys([.. SupportedVintages.Keys]);
        foreach (var key in table.Keys)
        {
            var value = table.String(key);
            if (!string.Equals(value, SupportedVintages[key], StringComparison.Ordinal))
            {
                throw new InputException($"vintage '{value}' is not shipped; this engine reads '{SupportedVintages[key]}'", table.File, table.LineOf(key), "vintages." + key);
            }

            result[key] = value;
        }

        return result;
    }

    private static Dictionary<string, double> Levers(TomlTableNode root, string name, IReadOnlyList<string> countries,
        IReadOnlyDictionary<string, double>? inherited, double min, double max)
    {
        var result = new Dictionary<string, double>(inherited ?? new Dictionary<string, double>(), StringComparer.Ordinal);
        var table = root.OptionalTable(name);
        if (table is null)
        {
            return result;
        }

        foreach (var key in table.Keys)
        {
            var field = name + "." + key;
            if (!countries.Contains(key, StringComparer.Ordinal))
            {
                throw new InputException($"unknown country '{key}': the lever must name one of the scenario's countries ({string.Join(", ", countries)})",
                    table.File, table.LineOf(key), field);
            }

            var value = table.OptionalNumber(key)!.Value;
            if (value < min || value > max)
            {
                throw new InputException(FormattableString.Invariant($"{value} is outside the allowed range [{min}, {max}]"), table.File, table.LineOf(key), field);
            }

            result[key] = value;
        }

        return result;
    }

    private static Dictionary<string, string> Tables(string path, TomlTableNode root, ScenarioDefinition? parent)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var scenarioDirectory = Path.GetDirectoryName(path)!;
        foreach (var (name, shipped) in TableNames)
        {
            result[name] = parent?.Tables[name] ?? Path.GetFullPath(Path.Combine(ShippedScenarioDirectory(scenarioDirectory), shipped));
        }

        var table = root.OptionalTable("tables");
        if (table is not null)
        {
            table.RejectUnknownKeys([.. TableNames.Keys]);
            foreach (var key in table.Keys)
            {
                result[key] = Path.GetFullPath(Path.Combine(scenarioDirectory, table.String(key)));
            }
        }

        foreach (var (name, file) in result)
        {
            if (!File.Exists(file))
            {
                var line = table?.Has(name) == true ? table.LineOf(name) : root.Line;
                throw new InputException($"the parameter table '{file}' does not exist", path, line, "tables." + name);
            }
        }

        return result;
    }

    private static string ShippedScenarioDirectory(string scenarioDirectory)
    {
        if (File.Exists(Path.Combine(scenarioDirectory, TableNames["return_duration_relative_risk"])))
        {
            return scenarioDirectory;
        }

        var data = DataPaths.DataDirectory();
        return Path.Combine(Path.GetDirectoryName(data)!, "scenarios");
    }
}
