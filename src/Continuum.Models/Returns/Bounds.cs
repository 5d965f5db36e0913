using System.Globalization;

namespace Continuum.Models.Returns;

/// <summary>
/// One-sided range checks for the analytic models whose messages show an open upper end as ∞ (the shared
/// <see cref="Require.NonNegative"/> prints <see cref="double.MaxValue"/> instead).
/// </summary>
internal static class Bounds
{
    /// <summary>Throws unless <paramref name="value"/> is finite and at least <paramref name="min"/>.</summary>
    public static double AtLeast(double value, double min, string field)
    {
        if (!double.IsFinite(value) || value < min)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{value} is outside the allowed range [{min}, ∞)"), field: field);
        }

        return value;
    }
}
