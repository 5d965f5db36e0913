using System.Globalization;

namespace Continuum;

/// <summary>
/// One user-settable parameter of a model, declared once: its name (snake case, as the parameter files, TOML, JSON
/// and the web's query use it; the command line spells it <see cref="OptionName"/>), unit, allowed range, default and
/// a one-sentence help. Validation (<see cref="Check"/>), the command's options, the web's query binding, the
/// <c>/api/schema/models</c> answer and the parameter tables in <c>docs/models</c> are all read from it.
/// </summary>
/// <param name="Name">Snake-case name, e.g. <c>demand_multiplier</c>; errors name it.</param>
/// <param name="Unit">Unit of the value (<c>ratio</c>, <c>per year</c>, <c>persons per year</c>, …).</param>
/// <param name="Min">Smallest allowed value (or the exclusive lower bound when <see cref="MinExclusive"/>).</param>
/// <param name="Max">Largest allowed value; <see cref="double.PositiveInfinity"/> when unbounded.</param>
/// <param name="Default">The default value, or null when the default comes from data or from another parameter (<see cref="DefaultText"/>).</param>
/// <param name="Help">One sentence for people: what the parameter means.</param>
public sealed record ParameterSpec(string Name, string Unit, double Min, double Max, double? Default, string Help)
{
    /// <summary>True when only whole numbers are allowed.</summary>
    public bool Whole { get; init; }

    /// <summary>True when <see cref="Min"/> itself is not allowed (the range is (Min, Max]).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>The allowed words of a text parameter (the first is the default); empty for numbers.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>How the default is found when <see cref="Default"/> is null (e.g. "estimated from PWT 10.01 labsh").</summary>
    public string? DefaultText { get; init; }

    /// <summary>The command-line option: <c>--</c> and the name with dashes, e.g. <c>--demand-multiplier</c>.</summary>
    public string OptionName => "--" + Name.Replace('_', '-');

    /// <summary>The default as people read it: the number, the first choice, or <see cref="DefaultText"/>.</summary>
    public string DefaultShown => Default is { } d ? Require.Show(d) : Choices.Count > 0 ? Choices[0] : DefaultText ?? string.Empty;

    /// <summary>The allowed values as people read them: <c>0–1.5</c>, <c>≥ 1</c>, <c>&gt; 0</c>, <c>(0, 1]</c> or <c>wpp, projection</c>.</summary>
    public string RangeShown => Choices.Count > 0 ? string.Join(", ", Choices)
        : double.IsPositiveInfinity(Max) ? (MinExclusive ? "> " : "≥ ") + Require.Show(Min)
        : MinExclusive ? $"({Require.Show(Min)}, {Require.Show(Max)}]"
        : $"{Require.Show(Min)}–{Require.Show(Max)}";

    /// <summary>Throws an <see cref="InputException"/> naming <see cref="Name"/> unless <paramref name="value"/> is allowed; returns it.</summary>
    public double Check(double value)
    {
        if (Whole && double.IsFinite(value) && Math.Floor(value) != value)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number"), field: Name);
        }

        return double.IsPositiveInfinity(Max) ? (MinExclusive && Min == 0 ? Require.Positive(value, Name) : Require.AtLeast(value, Min, Name))
            : MinExclusive ? Require.Above(value, Min, Max, Name)
            : Require.InRange(value, Min, Max, Name);
    }
}
