using System.Globalization;

namespace Continuum;

/// <summary>Parameter checks that name the field and the allowed range (never clip silently).</summary>
public static class Require
{
    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double InRange(double value, double min, double max, string field)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new InputException($"{Show(value)} is outside the allowed range [{Show(min)}, {Show(max)}]", field: field);
        }

        return value;
    }

    /// <summary>A bound as people read it: invariant digits, and ∞ for the largest double.</summary>
    public static string Show(double v) => v >= double.MaxValue ? "∞" : v <= double.MinValue ? "-∞" : v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Throws unless <paramref name="value"/> is a probability in [0, 1].</summary>
    public static double Probability(double value, string field) => InRange(value, 0, 1, field);

    /// <summary>Throws unless <paramref name="value"/> is finite and at least zero.</summary>
    public static double NonNegative(double value, string field) => AtLeast(value, 0, field);

    /// <summary>Throws unless <paramref name="value"/> is finite and at least <paramref name="min"/> (the message shows the range as [min, ∞)).</summary>
    public static double AtLeast(double value, double min, string field)
    {
        if (!double.IsFinite(value) || value < min)
        {
            throw new InputException($"{Show(value)} is outside the allowed range [{Show(min)}, ∞)", field: field);
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in (<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double Above(double value, double min, double max, string field)
    {
        if (double.IsNaN(value) || value <= min || value > max)
        {
            throw new InputException($"{Show(value)} is outside the allowed range ({Show(min)}, {Show(max)}]", field: field);
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and above zero.</summary>
    public static double Positive(double value, string field)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{value} must be a finite number above 0"), field: field);
        }

        return value;
    }
}
