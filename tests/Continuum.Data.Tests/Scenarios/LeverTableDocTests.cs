using System.Globalization;
using System.Text;
using Continuum.Core.Scenario;

namespace Continuum.Data.Tests.Scenarios;

/// <summary>The lever table of docs/scenarios.md is generated from the lever specs (UPDATE_GOLDEN=1 rewrites it).</summary>
public sealed class LeverTableDocTests
{
    private const string Begin = "<!-- levers:begin (generated from the lever specs by LeverTableDocTests; UPDATE_GOLDEN=1 rewrites) -->";
    private const string End = "<!-- levers:end -->";

    [Fact]
    public void ScenariosDoc_LeverTable_EqualsWhatTheSpecsGenerate()
    {
        var path = Path.Combine(Path.GetDirectoryName(ScenarioFiles.Directory)!, "docs", "scenarios.md");
        var doc = File.ReadAllText(path);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/scenarios.md has no {Begin} … {End} block");
        var generated = doc[..(start + Begin.Length)] + "\n" + Table() + doc[end..];
        if (ScenarioFiles.UpdateGolden)
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(generated, doc);
    }

    private static string Table()
    {
        var text = new StringBuilder("| lever | where | keyed by | unit | range | default | what it does |\n|---|---|---|---|---|---|---|\n");
        foreach (var spec in EngineLevers.Specs.Concat(DevelopmentLevers.Specs))
        {
            Row(text, spec, spec.Table.Length == 0 ? $"`[{spec.Name}]`" : $"`[{spec.Table}]`");
            foreach (var field in spec.Fields)
            {
                Row(text, field with { Name = spec.Name + "." + field.Name }, $"`[{spec.Table}.{spec.Name}.HOST-ORIGIN]`");
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, LeverSpec spec, string where)
    {
        var key = spec.Key switch
        {
            LeverKeyKind.Scalar => "—",
            LeverKeyKind.AllOrCorridor => "`ALL` or `HOST-ORIGIN`",
            LeverKeyKind.CorridorTable => "`HOST-ORIGIN` table",
            LeverKeyKind.Country => "ISO3",
            _ => "`[first, last]`",
        };
        var value = spec.Default is { } d ? d.ToString(CultureInfo.InvariantCulture) : "data";
        text.Append(CultureInfo.InvariantCulture, $"| `{spec.Name}` | {where} | {key} | {spec.Unit} | {spec.Range} | {value} | {spec.Help} |\n");
    }
}
