using System.Reflection;

namespace Continuum.Cli.Infrastructure;

/// <summary>
/// The help text of an option, read from the model's <see cref="ParameterSpec"/> (its help, allowed values and default)
/// instead of being written again: <c>[SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.DemandMultiplier))]</c>.
/// Spectre.Console.Cli reads it as the option's <see cref="DescriptionAttribute"/>.
/// </summary>
/// <param name="specs">The static class that declares the spec.</param>
/// <param name="field">The name of the static field holding the spec.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SpecHelpAttribute(Type specs, string field) : DescriptionAttribute
{
    /// <summary>The spec the option stands for.</summary>
    public ParameterSpec Spec { get; } = specs?.GetField(field, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ParameterSpec
        ?? throw new ArgumentException($"{specs?.Name}.{field} is not a ParameterSpec", nameof(field));

    /// <inheritdoc/>
    public override string Description => Text(Spec);

    /// <summary>The help line of <paramref name="spec"/> (Spectre markup escaped): help, allowed values and default.</summary>
    public static string Text(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var whole = spec.Whole ? ", whole" : string.Empty;
        return Markup.Escape($"{spec.Help} Allowed: {spec.RangeShown}{whole}; default: {spec.DefaultShown}.");
    }
}
