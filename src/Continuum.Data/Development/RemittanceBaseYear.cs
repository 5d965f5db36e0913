namespace Continuum.Data.Development;

/// <summary>How one receiving country's 2017 matrix column is brought to the base year.</summary>
/// <param name="Country">ISO3 code (or ROW).</param>
/// <param name="Factor">Base-year receipts ÷ 2017 receipts applied to the column.</param>
/// <param name="OwnSeries">True when the factor is the country's own WDI series; false when the world's was used instead.</param>
/// <param name="Reason">Why the world's factor was used (empty with the own series).</param>
public sealed record ReceiverScale(string Country, double Factor, bool OwnSeries, string Reason);

/// <summary>
/// The base-year calibration target: the World Bank/KNOMAD 2017 bilateral matrix with each receiving country's column
/// scaled by its personal remittances received (WDI BX.TRF.PWKR.CD.DT, current US$) in the base year ÷ 2017, so the
/// matrix gives the split over sending countries and WDI the level of the base year. Rule for series breaks: when
/// the receiver's series has a gap between the base year and 2017 or a year-on-year change by more than a factor
/// of <see cref="BreakRatio"/> (a change of definition, not of flows; Romania's series goes from US$0.73 billion in
/// 2012 to 4.81 billion in 2013), the world's factor (WLD, base year ÷ 2017) is used instead; the rest of the world
/// (ROW) always takes the world's factor.
/// </summary>
public static class RemittanceBaseYear
{
    /// <summary>Year-on-year ratio (either way) above which a receipts series is taken to break.</summary>
    public const double BreakRatio = 3;

    /// <summary>The year of the bilateral matrix.</summary>
    public const int MatrixYear = 2017;

    /// <summary>The scale of each receiving country (index order of <paramref name="countries"/>).</summary>
    /// <param name="receipts">WDI BX.TRF.PWKR.CD.DT.</param>
    /// <param name="countries">ISO3 codes, ROW for the rest of the world.</param>
    /// <param name="baseYear">The base year (at most 2017).</param>
    public static ReceiverScale[] Scales(WdiValues receipts, IReadOnlyList<string> countries, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(countries);
        var world = receipts.Get("WLD", baseYear) / receipts.Get("WLD", MatrixYear);
        var scales = new ReceiverScale[countries.Count];
        for (var k = 0; k < countries.Count; k++)
        {
            var code = countries[k];
            var reason = code == Core.Inputs.Dimensions.RestOfWorld ? "one region of many countries" : BreakIn(receipts, code, baseYear);
            scales[k] = reason.Length == 0
                ? new ReceiverScale(code, receipts.Get(code, baseYear) / receipts.Get(code, MatrixYear), true, string.Empty)
                : new ReceiverScale(code, world, false, reason);
        }

        return scales;
    }

    /// <summary>The matrix [host × C + origin] with each receiving column multiplied by its factor.</summary>
    public static double[] Scale(double[] matrix2017, IReadOnlyList<ReceiverScale> scales)
    {
        ArgumentNullException.ThrowIfNull(matrix2017);
        ArgumentNullException.ThrowIfNull(scales);
        var c = scales.Count;
        var scaled = new double[matrix2017.Length];
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                scaled[(h * c) + o] = matrix2017[(h * c) + o] * scales[o].Factor;
            }
        }

        return scaled;
    }

    /// <summary>Empty when the series of <paramref name="code"/> is complete and unbroken from the base year to 2017; else the reason.</summary>
    public static string BreakIn(WdiValues receipts, string code, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        for (var year = baseYear; year <= MatrixYear; year++)
        {
            var value = receipts.Find(code, year);
            if (value is not > 0)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no WDI value in {year}");
            }

            var previous = year > baseYear ? receipts.Find(code, year - 1)!.Value : value.Value;
            var ratio = value.Value / previous;
            if (ratio > BreakRatio || ratio < 1 / BreakRatio)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"series break {year - 1}–{year} (× {ratio:0.00})");
            }
        }

        return string.Empty;
    }
}
