namespace Continuum.Data.Simulation;

/// <summary>Per-year, per-country aggregates of one replicate (persons, except the share).</summary>
public sealed record CountryYear(
    int Replicate,
    int Year,
    string Country,
    double Population,
    double WorkingAge,
    double Births,
    double Deaths,
    double Emigrants,
    double Immigrants,
    double Returns,
    double LabourForce,
    double Employed,
    double ForeignBorn,
    double EmigrantStockAbroad,
    double TertiaryShare25Plus)
{
    /// <summary>CSV header matching <see cref="CsvLine"/>.</summary>
    public const string CsvHeader = "replicate,year,country,population,working_age,births,deaths,emigrants,immigrants,returns,labour_force,employed,foreign_born,emigrant_stock_abroad,tertiary_share_25plus";

    /// <summary>The row as CSV with invariant numbers (persons to 2 decimals, the share to 6).</summary>
    public string CsvLine() => FormattableString.Invariant(
        $"{Replicate},{Year},{Country},{P(Population)},{P(WorkingAge)},{P(Births)},{P(Deaths)},{P(Emigrants)},{P(Immigrants)},{P(Returns)},{P(LabourForce)},{P(Employed)},{P(ForeignBorn)},{P(EmigrantStockAbroad)},{TertiaryShare25Plus.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}");

    private static string P(double persons) => persons.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
