namespace Continuum.Models.Macro;

/// <summary>
/// The production function shared by the host-economy model and the microsimulation's indicators
/// (shared/research/models.md §1.4): Y = A·K^α·L^(1−α) with α = 1 − labour share, A calibrated so that Y equals
/// the base-year real GDP at the base-year capital and labour, and capital accumulating as
/// K(t+1) = (1 − δ)·K(t) + s·Y(t). A is held constant. Pure; the order of the floating-point operations is part of
/// the contract (results are pinned byte for byte), so callers must not re-derive these formulas.
/// </summary>
public static class CobbDouglasPath
{
    /// <summary>A = Y₀ / (K₀^α · L₀^(1−α)): the total factor productivity that reproduces <paramref name="realGdp"/>.</summary>
    /// <param name="realGdp">Base-year real output (any unit; output comes back in it).</param>
    /// <param name="capital">Base-year capital stock, same unit as output.</param>
    /// <param name="labour">Base-year labour input (any positive unit; only ratios to it matter).</param>
    /// <param name="alpha">Capital share α = 1 − labour share.</param>
    public static double Tfp(double realGdp, double capital, double labour, double alpha) =>
        realGdp / (Math.Pow(capital, alpha) * Math.Pow(labour, 1 - alpha));

    /// <summary>Y = A·K^α·L^(1−α).</summary>
    public static double Output(double tfp, double capital, double labour, double alpha) =>
        tfp * Math.Pow(capital, alpha) * Math.Pow(labour, 1 - alpha);

    /// <summary>K(t+1) = (1 − δ)·K(t) + s·Y(t).</summary>
    public static double NextCapital(double capital, double depreciationRatePerYear, double investmentShare, double output) =>
        ((1 - depreciationRatePerYear) * capital) + (investmentShare * output);

    /// <summary>
    /// Fills <paramref name="capital"/> (K at the start of each year) and <paramref name="output"/> (Y) for the labour
    /// path <paramref name="labour"/> (negative labour counts as none), starting from <paramref name="initialCapital"/>.
    /// </summary>
    /// <param name="tfp">A, from <see cref="Tfp"/>.</param>
    /// <param name="alpha">Capital share α.</param>
    /// <param name="initialCapital">K in year 0.</param>
    /// <param name="depreciationRatePerYear">δ.</param>
    /// <param name="investmentShare">s.</param>
    /// <param name="labour">L by year index.</param>
    /// <param name="capital">K by year index (same length as <paramref name="labour"/>).</param>
    /// <param name="output">Y by year index (same length as <paramref name="labour"/>).</param>
    public static void Run(double tfp, double alpha, double initialCapital, double depreciationRatePerYear, double investmentShare,
        ReadOnlySpan<double> labour, Span<double> capital, Span<double> output)
    {
        if (capital.Length != labour.Length || output.Length != labour.Length)
        {
            throw new ArgumentException("labour, capital and output need the same number of years");
        }

        var k = initialCapital;
        for (var t = 0; t < labour.Length; t++)
        {
            capital[t] = k;
            output[t] = Output(tfp, k, Math.Max(0, labour[t]), alpha);
            k = NextCapital(k, depreciationRatePerYear, investmentShare, output[t]);
        }
    }
}
