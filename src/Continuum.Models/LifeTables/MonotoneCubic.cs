namespace Continuum.Models.LifeTables;

/// <summary>
/// Piecewise cubic Hermite interpolation with Fritsch–Carlson slopes (PCHIP): passes through every knot and
/// is monotone wherever the data are, so it never invents a rise between falling knots.
/// </summary>
internal static class MonotoneCubic
{
    /// <summary>Slopes at the knots (<paramref name="x"/> strictly increasing, at least 3 knots).</summary>
    public static double[] Slopes(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        var h = new double[n - 1];
        var delta = new double[n - 1];
        for (var k = 0; k < n - 1; k++)
        {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }

        var d = new double[n];
        for (var k = 1; k < n - 1; k++)
        {
            if (delta[k - 1] * delta[k] <= 0)
            {
                continue;
            }

            var w1 = (2 * h[k]) + h[k - 1];
            var w2 = h[k] + (2 * h[k - 1]);
            d[k] = (w1 + w2) / ((w1 / delta[k - 1]) + (w2 / delta[k]));
        }

        d[0] = EndSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = EndSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /// <summary>The interpolant on [x0, x1] at <paramref name="at"/>, from knot values and slopes.</summary>
    public static double Evaluate(double x0, double x1, double y0, double y1, double d0, double d1, double at)
    {
        var h = x1 - x0;
        var t = (at - x0) / h;
        var t2 = t * t;
        var t3 = t2 * t;
        return (((2 * t3) - (3 * t2) + 1) * y0) + ((t3 - (2 * t2) + t) * h * d0) + (((-2 * t3) + (3 * t2)) * y1) + ((t3 - t2) * h * d1);
    }

    private static double EndSlope(double h0, double h1, double delta0, double delta1)
    {
        var d = (((2 * h0) + h1) * delta0 - (h0 * delta1)) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(delta0))
        {
            return 0;
        }

        return Math.Sign(delta0) != Math.Sign(delta1) && Math.Abs(d) > Math.Abs(3 * delta0) ? 3 * delta0 : d;
    }
}
