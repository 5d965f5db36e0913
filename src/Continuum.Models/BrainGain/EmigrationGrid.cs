using System.Globalization;

namespace Continuum.Models.BrainGain;

/// <summary>
/// The grid of emigration probabilities on which the brain-gain models are shown: p_i = p_max·i/steps for
/// i = 0..steps, so it starts at exactly 0 and ends at exactly p_max. Steps are 1–1000 and p_max is in (0, 1];
/// problems name the logical fields <c>steps</c> and <c>p_max</c>, spelled by the caller.
/// </summary>
public static class EmigrationGrid
{
    /// <summary>Default number of steps.</summary>
    public const int DefaultSteps = 20;

    /// <summary>Default largest probability.</summary>
    public const double DefaultPMax = 1.0;

    /// <summary>Most steps allowed.</summary>
    public const int MaxSteps = 1000;

    /// <summary>
    /// The first broken rule as an <see cref="InputException"/> (not thrown) whose field is spelled by
    /// <paramref name="spell"/> (logical name when null), or null when <paramref name="steps"/> and <paramref name="pMax"/> are valid.
    /// </summary>
    public static InputException? FindProblem(int steps, double pMax, Func<string, string>? spell = null)
    {
        var name = spell ?? (f => f);
        if (steps is < 1 or > MaxSteps)
        {
            return new InputException(string.Create(CultureInfo.InvariantCulture, $"{steps} is outside the allowed range [1, {MaxSteps}]"), field: name("steps"));
        }

        return pMax is > 0 and <= 1 ? null : new InputException($"{Require.Show(pMax)} is outside the allowed range (0, 1]", field: name("p_max"));
    }

    /// <summary>The <paramref name="steps"/> + 1 probabilities from 0 to <paramref name="pMax"/>; throws the problem found by <see cref="FindProblem"/>.</summary>
    public static double[] Of(int steps, double pMax)
    {
        if (FindProblem(steps, pMax) is { } problem)
        {
            throw problem;
        }

        var grid = new double[steps + 1];
        for (var i = 0; i <= steps; i++)
        {
            grid[i] = pMax * i / steps;
        }

        return grid;
    }
}
