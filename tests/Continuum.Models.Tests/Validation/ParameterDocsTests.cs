using System.Globalization;
using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Continuum.Models.Returns;

namespace Continuum.Models.Tests.Validation;

/// <summary>The parameter tables in docs/models are what the specs generate (UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ParameterDocsTests
{
    public static TheoryData<string, string> Tables() => new()
    {
        { "host-economy.md", nameof(HostEconomySpecs) },
        { "returns.md", nameof(MigrationReturnsSpecs) },
        { "brain-gain.md", nameof(BrainGainSpecs) },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void DocTable_EqualsWhatTheSpecsGenerate(string doc, string specs)
    {
        var path = Path.Combine(RepoRoot(), "docs", "models", doc);
        var text = File.ReadAllText(path);
        var begin = string.Format(CultureInfo.InvariantCulture, ParameterTable.BeginMarker, specs) + "\n";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var end = text.IndexOf(ParameterTable.EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{doc} has no generated parameter table of {specs} (markers missing)");
        // The returns command takes the parameter file and two overrides, so its table has no option column.
        var expected = ParameterTable.Markdown(Specs(specs), withOptions: specs != nameof(MigrationReturnsSpecs));
        var actual = text[(start + begin.Length)..end];
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" && actual != expected)
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + expected + text[end..]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static IReadOnlyList<ParameterSpec> Specs(string name) => name switch
    {
        nameof(HostEconomySpecs) => HostEconomySpecs.All,
        nameof(MigrationReturnsSpecs) => MigrationReturnsSpecs.All,
        nameof(BrainGainSpecs) => BrainGainSpecs.All,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown spec list"),
    };

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Continuum.slnx not found above the test folder");
    }
}
