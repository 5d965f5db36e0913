using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// Reads the <c>[development]</c> table of a scenario file and of every file it <c>extends</c> (the child's
/// settings override the parent's, key by key). Format (docs/scenarios.md):
/// <code>
/// [development]
/// underemployment_penalty = 0.30
/// remittance_cost = { ALL = 0.03 }                # or "USA-MEX" = 0.03
/// return_premium = { ROU = 0.2 }
/// return_incentive = { ROU = 0.5 }
/// education_elasticity = { ROU = 1.0 }
/// extra_admissions = { CAN = 100000 }
/// extra_admissions_years = [2012, 2021]
/// [development.credential_recognition.CAN-PHL]
/// rate = 0.8
/// delay_years = 1
/// </code>
/// Unknown keys are errors naming the file, line and key. Values are range-checked when applied (<see cref="DevelopmentLeverApplier"/>).
/// </summary>
public static class DevelopmentLeverFile
{
    /// <summary>Keys allowed in <c>[development]</c>.</summary>
    public static readonly string[] Keys =
    [
        "underemployment_penalty", "remittance_cost", "return_premium", "return_incentive", "education_elasticity",
        "credential_recognition", "extra_admissions", "extra_admissions_years",
    ];

    private static readonly string[] PerKeyLevers = ["remittance_cost", "return_premium", "return_incentive", "education_elasticity", "extra_admissions"];

    /// <summary>The levers of <paramref name="scenarioPath"/> and its parents (empty when none are set).</summary>
    public static IReadOnlyList<DevelopmentLever> Read(string scenarioPath) => Read(Path.GetFullPath(scenarioPath), 0).Values.ToList();

    private static Dictionary<string, DevelopmentLever> Read(string path, int depth)
    {
        var root = TomlFile.Read(path);
        var result = new Dictionary<string, DevelopmentLever>(StringComparer.Ordinal);
        var extends = root.OptionalString("extends");
        if (extends is not null && depth < 8)
        {
            var parent = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, extends));
            if (File.Exists(parent))
            {
                result = Read(parent, depth + 1);
            }
        }

        var table = root.OptionalTable("development");
        if (table is null)
        {
            return result;
        }

        table.RejectUnknownKeys(Keys);
        foreach (var lever in ReadTable(table))
        {
            result[lever.Lever + "." + lever.Key] = lever;
        }

        return result;
    }

    private static IEnumerable<DevelopmentLever> ReadTable(TomlTableNode table)
    {
        if (table.OptionalNumber("underemployment_penalty") is { } penalty)
        {
            yield return new DevelopmentLever("underemployment_penalty", "ALL", penalty, table.File, table.LineOf("underemployment_penalty"));
        }

        if (table.TryGet("extra_admissions_years", out var yearsNode))
        {
            var years = yearsNode.Value as List<TomlValueNode>;
            if (years is not { Count: 2 } || years.Any(y => y.Value is not long))
            {
                throw table.Error("extra_admissions_years", "write [first, last] as two years, e.g. [2012, 2021]");
            }

            yield return new DevelopmentLever("extra_admissions_years", "ALL", (long)years[0].Value, table.File, yearsNode.Line, (long)years[1].Value);
        }

        foreach (var name in PerKeyLevers)
        {
            var sub = table.OptionalTable(name);
            foreach (var key in sub?.Keys ?? [])
            {
                yield return new DevelopmentLever(name, key, sub!.Number(key), sub.File, sub.LineOf(key));
            }
        }

        var recognition = table.OptionalTable("credential_recognition");
        foreach (var corridor in recognition?.Keys ?? [])
        {
            var agreement = recognition!.OptionalTable(corridor) ?? throw recognition.Error(corridor, "write a table with rate and delay_years");
            agreement.RejectUnknownKeys("rate", "delay_years");
            yield return new DevelopmentLever("credential_recognition", corridor, agreement.Number("rate"), agreement.File,
                agreement.LineOf("rate"), agreement.OptionalNumber("delay_years") ?? 0);
        }
    }
}
