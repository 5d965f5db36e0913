using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Comparison;

/// <summary>Options of <c>continuum compare A B</c>.</summary>
public sealed class CompareSettings : ModelOutputSettings
{
    /// <summary>Scenario A (the reference).</summary>
    [CommandArgument(0, "<A>")]
    [Description("Reference scenario TOML file, e.g. scenarios/baseline.toml.")]
    public string A { get; init; } = string.Empty;

    /// <summary>Scenario B (the alternative).</summary>
    [CommandArgument(1, "<B>")]
    [Description("Alternative scenario TOML file, e.g. scenarios/canada-plus-100k.toml.")]
    public string B { get; init; } = string.Empty;

    /// <summary>Replicate pairs.</summary>
    [CommandOption("--replicates <N>")]
    [Description("Replicate pairs run with common random numbers (default: A's replicates; at least 2 for a band).")]
    public int? Replicates { get; init; }

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores). Results do not depend on it.")]
    public int? Threads { get; init; }

    /// <summary>Self-contained HTML report.</summary>
    [CommandOption("--html <FILE>")]
    [Description("Also write a self-contained HTML report with charts.")]
    public string? Html { get; init; }

    /// <summary>Also run the micro–macro check of Canadian extra admissions.</summary>
    [CommandOption("--host-economy")]
    [Description("When B adds extra admissions to Canada: also report the GDP effect of the host-economy model fed the microsimulated labour.")]
    public bool HostEconomy { get; init; }

    /// <summary>Origin whose resident human capital in scenario B is decomposed.</summary>
    [CommandOption("--decompose <ISO3>")]
    [Description("Also split the human capital of residents of this origin in scenario B into drain, incentive and return parts (four extra runs per replicate).")]
    public string? Decompose { get; init; }

    /// <summary>Store path.</summary>
    [CommandOption("--store <PATH>")]
    [Description("Store file for the two runs (default: ~/.continuum/continuum.duckdb).")]
    public string? Store { get; init; }

    /// <summary>Skip recording the runs.</summary>
    [CommandOption("--no-store")]
    [Description("Do not record the two runs in the store (then no run ids are shown).")]
    public bool NoStore { get; init; }

    /// <summary>Threads to use.</summary>
    public int ThreadCount => Threads ?? Environment.ProcessorCount;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (Replicates is < 1 or > 1000)
        {
            return ValidationResult.Error("--replicates must be between 1 and 1000");
        }

        if (Threads is < 1 or > 256)
        {
            return ValidationResult.Error("--threads must be between 1 and 256");
        }

        return Html is not null && !Html.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error($"--html '{Html}' must name a .html file")
            : ValidationResult.Success();
    }
}
