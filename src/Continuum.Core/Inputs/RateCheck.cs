using System.Globalization;

namespace Continuum.Core.Inputs;

/// <summary>Load-time checks of rate tables; kernels trust tables that passed.</summary>
internal static class RateCheck
{
    public static double[] Probabilities(double[] values, int expectedLength, string table)
    {
        Length(values, expectedLength, table);
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0 && values[i] <= 1))
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"probability {values[i]} at position {i} is outside [0, 1]"), field: table);
            }
        }

        return values;
    }

    public static double[] NonNegative(double[] values, int expectedLength, string table)
    {
        Length(values, expectedLength, table);
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsInfinity(values[i]))
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"value {values[i]} at position {i} must be a finite number ≥ 0"), field: table);
            }
        }

        return values;
    }

    private static void Length(double[] values, int expectedLength, string table)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != expectedLength)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"has {values.Length} values, expected {expectedLength}"), field: table);
        }
    }
}
