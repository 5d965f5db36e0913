namespace Continuum.Models.Returns;

/// <summary>
/// The place premium (Clemens, Montenegro and Pritchett 2008): the wage of the same worker at the destination
/// over the wage at the origin, as a ratio (1 = no premium).
/// </summary>
public static class PlacePremium
{
    /// <summary>Ratio of wages in the same currency (e.g. US$ at market exchange rates); both wages &gt; 0.</summary>
    public static double Nominal(double destinationWage, double originWage) =>
        Require.Positive(destinationWage, "destination_wage_usd_per_year") / Require.Positive(originWage, "origin_wage_usd_per_year");

    /// <summary>
    /// Ratio at purchasing-power parity: each wage divided by its country's price level (the same base, e.g.
    /// Penn World Table <c>pl_gdpo</c> with the United States = 1). Equal price levels give <see cref="Nominal"/>.
    /// </summary>
    public static double AtPurchasingPowerParity(double destinationWage, double originWage, double destinationPriceLevel, double originPriceLevel) =>
        Nominal(destinationWage, originWage)
        * Require.Positive(originPriceLevel, "origin_price_level")
        / Require.Positive(destinationPriceLevel, "destination_price_level");
}
