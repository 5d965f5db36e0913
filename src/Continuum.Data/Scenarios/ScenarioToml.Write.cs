using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>Canonical TOML: every effective value in a fixed order, no <c>extends</c>; <c>Read(Write(s))</c> equals <c>s</c>.</summary>
public static partial class ScenarioToml
{
    /// <summary>The canonical TOML of <paramref name="scenario"/> (tables as full paths).</summary>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var toml = new StringBuilder();
        Line(toml, "name", Text(scenario.Name));
        Line(toml, "description", Text(scenario.Description));
        Line(toml, "countries", "[" + string.Join(", ", scenario.Countries.Select(Text)) + "]");
        Line(toml, "rest_of_world", Bool(scenario.RestOfWorld));
        Line(toml, "base_year", Integer(scenario.BaseYear));
        Line(toml, "horizon", Integer(scenario.HorizonYear));
        Line(toml, "seed", scenario.Seed.ToString(CultureInfo.InvariantCulture));
        Line(toml, "replicates", Integer(scenario.Replicates));
        Line(toml, "sample_size", Integer(scenario.SampleSize));
        Line(toml, "scale", Text(scenario.FullScale ? "full" : "sample"));
        Line(toml, "migration", Bool(scenario.Migration));
        Table(toml, "vintages", scenario.Vintages.Select(v => (v.Key, Text(v.Value))));
        Table(toml, "tables", scenario.Tables.Select(t => (t.Key, Text(t.Value))));
        foreach (var spec in EngineLevers.Specs)
        {
            Table(toml, spec.Name, scenario.Engine.Of(spec).Select(v => (v.Key.Code, Number(v.Value))));
        }

        WriteDevelopment(toml, scenario.Development);
        return toml.ToString();
    }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Write"/>: the identity of the effective scenario.</summary>
    public static string Hash(Scenario scenario) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Write(scenario))));

    private static void WriteDevelopment(StringBuilder toml, DevelopmentLevers levers)
    {
        var scalars = new List<(string, string)>();
        if (levers.UnderemploymentPenalty is { } penalty)
        {
            scalars.Add((DevelopmentLevers.UnderemploymentPenaltySpec.Name, Number(penalty)));
        }

        if (levers.ExtraAdmissionsYears is { } years)
        {
            scalars.Add((DevelopmentLevers.ExtraAdmissionsYearsSpec.Name, $"[{Integer(years.First)}, {Integer(years.Last)}]"));
        }

        Table(toml, DevelopmentLevers.Table, scalars);
        var costs = levers.RemittanceCost.Select(c => (c.Key.ToString(), Number(c.Value)));
        Table(toml, DevelopmentLevers.RemittanceCostSpec.Field(),
            levers.RemittanceCostAll is { } all ? costs.Prepend((AllKey, Number(all))) : costs);
        foreach (var spec in DevelopmentLevers.CountrySpecs)
        {
            Table(toml, spec.Field(), levers.Of(spec).Select(v => (v.Key.Code, Number(v.Value))));
        }

        foreach (var (corridor, agreement) in levers.CredentialRecognition)
        {
            Table(toml, DevelopmentLevers.CredentialRecognitionSpec.Field(corridor.ToString()),
                [(DevelopmentLevers.RecognitionRateSpec.Name, Number(agreement.Rate)), (DevelopmentLevers.RecognitionDelaySpec.Name, Number(agreement.DelayYears))]);
        }
    }

    private static void Table(StringBuilder toml, string name, IEnumerable<(string Key, string Value)> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        toml.Append('\n').Append('[').Append(name).Append("]\n");
        foreach (var (key, value) in list)
        {
            Line(toml, key, value);
        }
    }

    private static void Line(StringBuilder toml, string key, string value) => toml.Append(key).Append(" = ").Append(value).Append('\n');

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A float that reads back to the same double (round-trip format, always with a decimal point or exponent).</summary>
    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A TOML basic string.</summary>
    private static string Text(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                '\r' => text.Append("\\r"),
                _ when char.IsControl(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
