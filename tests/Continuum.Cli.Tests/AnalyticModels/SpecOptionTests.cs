using System.Reflection;
using Continuum.Cli.Commands.AnalyticModels;
using Continuum.Cli.Commands.HostEconomy;
using Continuum.Cli.Infrastructure;
using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Spectre.Console.Cli;

namespace Continuum.Cli.Tests.AnalyticModels;

/// <summary>The model commands' options are their parameter specs: same name, help read from the spec, same default.</summary>
public sealed class SpecOptionTests
{
    public static TheoryData<Type, string> Commands() => new()
    {
        { typeof(HostEconomySettings), nameof(HostEconomySpecs) },
        { typeof(BrainGainSettings), nameof(BrainGainSpecs) },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EverySpec_IsOneOption_WithItsNameHelpAndDefault(Type settings, string specs)
    {
        var list = specs == nameof(HostEconomySpecs) ? HostEconomySpecs.All : BrainGainSpecs.All;
        var instance = Activator.CreateInstance(settings)!;
        foreach (var spec in list)
        {
            var property = Assert.Single(settings.GetProperties(), p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames.Contains(spec.OptionName[2..]) == true);
            Assert.Same(spec, property.GetCustomAttribute<SpecHelpAttribute>()?.Spec);
            // A nullable override left empty keeps the model's own value (checked against the spec in Continuum.Models.Tests).
            if (spec.Default is { } expected && property.GetValue(instance) is not null)
            {
                Assert.Equal(expected, Convert.ToDouble(property.GetValue(instance), System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (spec.Choices.Count > 0)
            {
                Assert.Equal(spec.Choices[0], property.GetValue(instance));
            }
        }
    }

    [Fact]
    public void Help_ShowsTheSpecsHelpRangeAndDefault()
    {
        var (code, output, error) = ContinuumCli.Run("model", "host-economy", "--help");
        Assert.True(code == 0, error);
        Assert.Contains("--demand-multiplier", output, StringComparison.Ordinal);
        var text = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        Assert.Contains("Demand multiplier on net extra investment (0 = supply side only). Allowed: 0–3; default: 1 (assumption)", text, StringComparison.Ordinal);
    }
}
