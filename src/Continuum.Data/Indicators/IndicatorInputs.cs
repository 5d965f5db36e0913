using Continuum.Data.IO;

namespace Continuum.Data.Indicators;

/// <summary>Reads the provider-quote (SDG 10.c.1) and worker (SDG 10.7.1) input CSVs, errors naming file, line and field.</summary>
public static class IndicatorInputs
{
    /// <summary>Columns of a remittance price quotes file.</summary>
    public static readonly string[] QuoteColumns =
        ["period", "source", "destination", "firm", "firm_type", "amount_sent", "fee", "fx_margin_percent", "speed_days", "transparent", "accessible"];

    /// <summary>Columns of a recruitment cost survey file (<c>weight</c> optional, default 1).</summary>
    public static readonly string[] WorkerColumns = ["worker_id", "origin", "destination", "recruitment_cost", "monthly_earnings"];

    /// <summary>Reads price quotes.</summary>
    public static IReadOnlyList<RemittancePriceQuote> ReadQuotes(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns(QuoteColumns);
        return csv.Records.Select(r => new RemittancePriceQuote(
            Text(r, "period"), Text(r, "source"), Text(r, "destination"), r.Text("firm"), r.Text("firm_type"),
            Positive(r, "amount_sent"), NonNegative(r, "fee"), Range(r, "fx_margin_percent", -100, 100),
            NonNegative(r, "speed_days"), Bool(r, "transparent"), Bool(r, "accessible"))).ToList();
    }

    /// <summary>Reads worker records.</summary>
    public static IReadOnlyList<RecruitmentCostRecord> ReadWorkers(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns(WorkerColumns);
        var weighted = csv.Has("weight");
        return csv.Records.Select(r => new RecruitmentCostRecord(
            Text(r, "worker_id"), Text(r, "origin"), Text(r, "destination"), NonNegative(r, "recruitment_cost"),
            Positive(r, "monthly_earnings"), weighted ? Positive(r, "weight") : 1)).ToList();
    }

    private static string Text(CsvRecord r, string column)
    {
        var s = r.Text(column);
        return s.Length > 0 ? s : throw r.Error("is empty", column);
    }

    private static double Positive(CsvRecord r, string column)
    {
        var v = r.Number(column);
        return v > 0 ? v : throw r.Error($"{v} must be above 0", column);
    }

    private static double NonNegative(CsvRecord r, string column)
    {
        var v = r.Number(column);
        return v >= 0 ? v : throw r.Error($"{v} must be 0 or more", column);
    }

    private static double Range(CsvRecord r, string column, double min, double max)
    {
        var v = r.Number(column);
        return v >= min && v <= max ? v : throw r.Error($"{v} is outside [{min}, {max}]", column);
    }

    private static bool Bool(CsvRecord r, string column) => r.Text(column).ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        var s => throw r.Error($"'{s}' is not true/false", column),
    };
}
