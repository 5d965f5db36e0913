using System.Globalization;
using Continuum.Web.Api;

namespace Continuum.Web.Models;

/// <summary>
/// Parses the model pages' query parameters. Only the syntax is checked here (a finite number, a known choice);
/// ranges are checked by the model's own validation, which names the same parameter, so the web accepts exactly
/// what the command line accepts.
/// </summary>
public static class ModelArgs
{
    /// <summary>A finite number, or null when the parameter is absent or blank.</summary>
    public static double? Number(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new InputException($"'{QueryArgs.Clip(value)}' is not a number", field: field);
    }

    /// <summary>A finite number in [<paramref name="min"/>, <paramref name="max"/>] (or above <paramref name="min"/> when exclusive), else <paramref name="fallback"/>.</summary>
    public static double Number(string? value, string field, double min, double max, double fallback, bool minExclusive = false)
    {
        var v = Number(value, field) ?? fallback;
        var low = minExclusive ? v > min : v >= min;
        return low && v <= max ? v
            : throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{v} is outside the allowed range {(minExclusive ? "(" : "[")}{min}, {max}]"), field: field);
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive, answered in its listed spelling), else <paramref name="fallback"/>.</summary>
    public static string Choice(string? value, string field, IReadOnlyList<string> allowed, string fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var hit = allowed.FirstOrDefault(a => string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return hit ?? throw new InputException($"'{QueryArgs.Clip(value)}' is not allowed; use {string.Join(" or ", allowed)}", field: field);
    }

    /// <summary>A cache key part for an optional number (invariant, round-trip).</summary>
    public static string Key(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
}
