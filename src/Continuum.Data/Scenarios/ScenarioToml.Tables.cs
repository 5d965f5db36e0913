using Continuum.Core.Scenario;
using Continuum.Data.IO;

namespace Continuum.Data.Scenarios;

/// <summary>The vintages and parameter tables of a scenario file.</summary>
public static partial class ScenarioToml
{
    /// <summary>The data vintages this engine reads, by input; a scenario may name them but not change them.</summary>
    public static LeverMap<string, string> SupportedVintages { get; } = LeverMap<string, string>.Of(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["population"] = "wpp2019",
        ["migration_flows"] = "abel-cohen-2022",
        ["migrant_stocks"] = "wb-bilateral-2017",
        ["education"] = "barro-lee-2.2",
        ["labour"] = "wdi-ilo-2026-07",
    });

    /// <summary>Parameter tables a scenario may name, with the shipped default (relative to <c>scenarios/</c>).</summary>
    public static LeverMap<string, string> TableNames { get; } = LeverMap<string, string>.Of(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["emigration_education_relative_risk"] = "params/emigration_education_relative_risk.csv",
        ["return_duration_relative_risk"] = "params/return_duration_relative_risk.csv",
    });

    private static LeverMap<string, string> Vintages(TomlTableNode root, Scenario? parent)
    {
        var result = parent?.Vintages ?? SupportedVintages;
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

            result = result.With(key, value);
        }

        return result;
    }

    private static LeverMap<string, string> Tables(string path, TomlTableNode root, Scenario? parent)
    {
        var scenarioDirectory = Path.GetDirectoryName(path)!;
        var result = parent?.Tables ?? LeverMap<string, string>.Of(TableNames.Select(t =>
            KeyValuePair.Create(t.Key, Path.GetFullPath(Path.Combine(ShippedScenarioDirectory(scenarioDirectory), t.Value)))));
        var table = root.OptionalTable("tables");
        if (table is not null)
        {
            table.RejectUnknownKeys([.. TableNames.Keys]);
            foreach (var key in table.Keys)
            {
                result = result.With(key, Path.GetFullPath(Path.Combine(scenarioDirectory, table.String(key))));
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
