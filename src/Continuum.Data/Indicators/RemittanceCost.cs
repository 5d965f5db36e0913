namespace Continuum.Data.Indicators;

/// <summary>
/// One price quote for sending money in a corridor, as collected by Remittance Prices Worldwide (one
/// service of one firm in one quarter). Costs are for sending <see cref="AmountSent"/> (USD 200 for SDG 10.c.1).
/// </summary>
/// <param name="Period">Quarter, e.g. <c>2020Q3</c>.</param>
/// <param name="Source">Sending country (ISO3).</param>
/// <param name="Destination">Receiving country (ISO3).</param>
/// <param name="Firm">Firm name.</param>
/// <param name="FirmType">Bank, money transfer operator, post office, mobile operator...</param>
/// <param name="AmountSent">Amount sent in sending currency (the USD 200 equivalent).</param>
/// <param name="Fee">Fee charged to the sender, sending currency.</param>
/// <param name="FxMarginPercent">Exchange-rate margin over the interbank rate, percent of the amount.</param>
/// <param name="SpeedDays">Days until the money is available (SmaRT requires at most 5).</param>
/// <param name="Transparent">Whether all costs are disclosed (SmaRT requirement).</param>
/// <param name="Accessible">Whether the service is accessible to the average sender (SmaRT requirement).</param>
public sealed record RemittancePriceQuote(string Period, string Source, string Destination, string Firm, string FirmType,
    double AmountSent, double Fee, double FxMarginPercent, double SpeedDays, bool Transparent, bool Accessible)
{
    /// <summary>Total cost as a percent of the amount: 100·(fee + amount·margin/100)/amount.</summary>
    public double TotalCostPercent => 100 * (Fee + AmountSent * FxMarginPercent / 100) / AmountSent;

    /// <summary>Meets the SmaRT minimum requirements (speed ≤ 5 days, transparent, accessible).</summary>
    public bool QualifiesForSmart => SpeedDays <= 5 && Transparent && Accessible;
}

/// <summary>A corridor's average cost and SmaRT value for one period.</summary>
public sealed record CorridorCost(string Period, string Source, string Destination, int Services, double AverageCostPercent, double? SmartPercent);

/// <summary>SDG 10.c.1 for one period: the global simple average over all services and the corridors' SmaRT.</summary>
public sealed record RemittanceCostIndicator(string Period, int Services, int Corridors, double GlobalAveragePercent,
    double? GlobalSmartPercent, int CorridorsAbove5Percent, IReadOnlyList<CorridorCost> ByCorridor);

/// <summary>
/// SDG 10.c.1 per the World Bank metadata: the global average total cost of sending USD 200 is the simple
/// (unweighted) average over all services; SmaRT per corridor is the average of the three cheapest services
/// meeting the minimum requirements (a corridor with fewer than three has no SmaRT value); the global SmaRT is
/// the simple average over corridors that have one. Target 10.c: below 3 % and no corridor above 5 %.
/// </summary>
public static class RemittanceCost
{
    /// <summary>SDG 10.c.1 for each period present, ordered by period.</summary>
    public static IReadOnlyList<RemittanceCostIndicator> Compute(IEnumerable<RemittancePriceQuote> quotes)
    {
        return quotes.GroupBy(q => q.Period).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ForPeriod(g.Key, g.ToList())).ToList();
    }

    private static RemittanceCostIndicator ForPeriod(string period, IReadOnlyList<RemittancePriceQuote> quotes)
    {
        foreach (var q in quotes)
        {
            Require.Positive(q.AmountSent, "amount_sent");
            Require.NonNegative(q.Fee, "fee");
            Require.InRange(q.FxMarginPercent, -100, 100, "fx_margin_percent");
        }

        var corridors = quotes.GroupBy(q => (q.Source, q.Destination))
            .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Destination, StringComparer.Ordinal)
            .Select(g => Corridor(period, g.Key.Source, g.Key.Destination, g.ToList()))
            .ToList();
        var smart = corridors.Where(c => c.SmartPercent is not null).Select(c => c.SmartPercent!.Value).ToList();
        return new RemittanceCostIndicator(period, quotes.Count, corridors.Count, quotes.Average(q => q.TotalCostPercent),
            smart.Count == 0 ? null : smart.Average(), corridors.Count(c => c.AverageCostPercent > 5), corridors);
    }

    private static CorridorCost Corridor(string period, string source, string destination, IReadOnlyList<RemittancePriceQuote> quotes)
    {
        var cheapest = quotes.Where(q => q.QualifiesForSmart).Select(q => q.TotalCostPercent).Order().Take(3).ToList();
        return new CorridorCost(period, source, destination, quotes.Count, quotes.Average(q => q.TotalCostPercent),
            cheapest.Count == 3 ? cheapest.Average() : null);
    }
}
