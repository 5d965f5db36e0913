using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>Options of <c>continuum run</c>.</summary>
public sealed class RunSettings : StoreSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Scenario TOML file, e.g. scenarios/baseline.toml.")]
    public string File { get; init; } = string.Empty;

    /// <summary>Overrides the scenario's seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("Random seed (overrides the scenario's).")]
    public ulong? Seed { get; init; }

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores). Results do not depend on it.")]
    public int? Threads { get; init; }

    /// <summary>CSV file for the per-year, per-country aggregates.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the per-year, per-country aggregates to this CSV file.")]
    public string? Out { get; init; }

    /// <summary>sample or full.</summary>
    [CommandOption("--scale <SCALE>")]
    [Description("sample (default: the scenario's sample size) or full (one simulated person per person).")]
    public string? Scale { get; init; }

    /// <summary>Skip writing the run to the store.</summary>
    [CommandOption("--no-store")]
    [Description("Do not record the run in the store.")]
    public bool NoStore { get; init; }

    /// <summary>Threads to use.</summary>
    public int ThreadCount => Threads ?? Environment.ProcessorCount;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Threads is < 1 or > 256)
        {
            return ValidationResult.Error("--threads must be between 1 and 256");
        }

        if (Scale is not (null or "sample" or "full"))
        {
            return ValidationResult.Error($"--scale '{Scale}' is not allowed; use sample or full");
        }

        return Out is not null && !Out.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error($"--out '{Out}' must name a .csv file")
            : ValidationResult.Success();
    }
}
