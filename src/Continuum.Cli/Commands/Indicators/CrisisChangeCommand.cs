using Continuum.Data.Indicators;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators change</c>: year-on-year and peak-to-trough change of any flow (the 2008–09 crisis drop).</summary>
public sealed class CrisisChangeCommand : StoreIndicatorCommand<CrisisChangeCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>Indicators.</summary>
        [CommandOption("--indicator <CODES>")]
        [Description("Indicator codes, comma-separated (default: remittances, FDI, net debt flows, ODA).")]
        public string Indicator { get; init; } = "BX.TRF.PWKR.CD.DT,BX.KLT.DINV.CD.WD,DT.NFL.DECT.CD,DT.ODA.ODAT.CD";

        /// <summary>Area.</summary>
        [CommandOption("--area <CODE>")]
        [Description("Area code (default LMY).")]
        public string Area { get; init; } = "LMY";

        /// <summary>Peak years.</summary>
        [CommandOption("--peak <RANGE>")]
        [Description("Peak window FROM:TO (default 2007:2008).")]
        public string Peak { get; init; } = "2007:2008";

        /// <summary>Trough years.</summary>
        [CommandOption("--trough <RANGE>")]
        [Description("Trough window FROM:TO (default 2009:2010).")]
        public string Trough { get; init; } = "2009:2010";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            !YearRange.TryParse(Peak, out _, out var p) ? ValidationResult.Error($"--peak '{Peak}' is not a range")
            : !YearRange.TryParse(Trough, out var t, out _) ? ValidationResult.Error($"--trough '{Trough}' is not a range")
            : t <= p ? ValidationResult.Error("--trough must start after the --peak window ends")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override ResultTable Build(ContinuumStore store, Settings settings)
    {
        YearRange.TryParse(settings.Peak, out var p0, out var p1);
        YearRange.TryParse(settings.Trough, out var t0, out var t1);
        var table = new ResultTable("indicator", "area", "change_first_trough_year_percent", "peak_to_trough_percent", "vintage")
        {
            Title = $"Change {t0 - 1}→{t0} and peak ({settings.Peak}) to trough ({settings.Trough})",
        };
        foreach (var code in settings.Indicator.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var yoy = StoreIndicators.YearOnYear(store, code, settings.Area, t0, t0).FirstOrDefault();
            var ptt = StoreIndicators.PeakToTrough(store, code, settings.Area, (p0, p1), (t0, t1));
            table.Add(code, settings.Area, yoy?.Value, ptt?.Value, yoy?.Vintage ?? ptt?.Vintage ?? "no data");
        }

        return table;
    }
}
