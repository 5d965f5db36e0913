using Continuum.Data.Indicators;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators ratios --area LMY</c>: remittances over ODA, FDI and GDP, and migrant share, by year.</summary>
public sealed class FlowRatiosCommand : StoreIndicatorCommand<FlowRatiosCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>Area code.</summary>
        [CommandOption("--area <CODE>")]
        [Description("Area code, e.g. LMY, PHL, WLD.")]
        public string Area { get; init; } = "LMY";

        /// <summary>Years.</summary>
        [CommandOption("--years <RANGE>")]
        [Description("Years FROM:TO (default 2000:2024).")]
        public string Years { get; init; } = "2000:2024";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            YearRange.TryParse(Years, out _, out _) ? ValidationResult.Success() : ValidationResult.Error($"--years '{Years}' is not a range like 2000:2020");
    }

    /// <inheritdoc />
    protected override ResultTable Build(ContinuumStore store, Settings settings)
    {
        YearRange.TryParse(settings.Years, out var from, out var to);
        var columns = new (string Name, IReadOnlyList<IndicatorPoint> Points)[]
        {
            ("remittances_to_oda", StoreIndicators.RemittanceRatio(store, "DT.ODA.ODAT.CD", settings.Area, from, to)),
            ("remittances_to_fdi", StoreIndicators.RemittanceRatio(store, "BX.KLT.DINV.CD.WD", settings.Area, from, to)),
            ("remittances_percent_gdp", StoreIndicators.Ratio(store, "BX.TRF.PWKR.CD.DT", "NY.GDP.MKTP.CD", settings.Area, from, to, 100)),
            ("remittances_yoy_percent", StoreIndicators.YearOnYear(store, "BX.TRF.PWKR.CD.DT", settings.Area, from, to)),
            ("migrant_stock_percent_population", StoreIndicators.MigrantShare(store, settings.Area, from, to)),
        };
        var table = new ResultTable(["area", "year", .. columns.Select(c => c.Name), "vintage"]) { Title = $"Remittance ratios, {settings.Area}" };
        var years = columns.SelectMany(c => c.Points.Select(p => p.Year)).Distinct().Order();
        foreach (var y in years)
        {
            var cells = new List<object?> { settings.Area, y };
            cells.AddRange(columns.Select(c => (object?)c.Points.FirstOrDefault(p => p.Year == y)?.Value));
            cells.Add(string.Join("; ", columns.SelectMany(c => c.Points.Where(p => p.Year == y).Select(p => p.Vintage)).Distinct()));
            table.Add([.. cells]);
        }

        return table;
    }
}
