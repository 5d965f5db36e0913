using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Data;

/// <summary><c>continuum data show</c>: one indicator for some areas and years, saying which vintage it used.</summary>
public sealed class DataShowCommand : Command<DataShowCommand.Settings>
{
    /// <summary>Options of <c>data show</c>.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>Indicator code.</summary>
        [CommandOption("--indicator <CODE>")]
        [Description("Indicator code, e.g. BX.TRF.PWKR.CD.DT.")]
        public string Indicator { get; init; } = string.Empty;

        /// <summary>Area codes, comma-separated.</summary>
        [CommandOption("--area <CODES>")]
        [Description("Area codes, comma-separated, e.g. LMY,WLD.")]
        public string Area { get; init; } = string.Empty;

        /// <summary>Year range.</summary>
        [CommandOption("--years <RANGE>")]
        [Description("Years as FROM:TO or one year, e.g. 2005:2015.")]
        public string? Years { get; init; }

        /// <summary>Vintage, else the newest.</summary>
        [CommandOption("--vintage <VINTAGE>")]
        [Description("Vintage to use; default the newest holding the series.")]
        public string? Vintage { get; init; }

        /// <summary>Optional chart file.</summary>
        [CommandOption("--chart <FILE>")]
        [Description("Also write a line chart (PNG) to FILE.")]
        public string? Chart { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Indicator.Length == 0 || Area.Length == 0)
            {
                return ValidationResult.Error("--indicator and --area are required");
            }

            return Years is null || YearRange.TryParse(Years, out _, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--years '{Years}' is not a year or a range like 2005:2015");
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = DataServices.OpenForReading(settings);
        int? from = null, to = null;
        if (settings.Years is not null && YearRange.TryParse(settings.Years, out var a, out var b))
        {
            (from, to) = (a, b);
        }

        var table = new ResultTable("indicator", "area", "period", "year", "value", "unit", "source", "vintage");
        var chart = new List<ChartSeries>();
        foreach (var area in settings.Area.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var series = store.Series(new SeriesQuery(settings.Indicator, area, settings.Vintage, from, to))
                         ?? throw new InputException($"the store has no {settings.Indicator} for {area}" +
                                                     (settings.Vintage is null ? string.Empty : $" in vintage '{settings.Vintage}'"), field: "--area");
            foreach (var p in series.Points)
            {
                table.Add(series.Indicator, series.Area, p.Period, p.Year, p.Value, series.Unit, series.Source, series.Vintage);
            }

            chart.Add(new ChartSeries($"{area} ({series.Vintage})", series.Points.Select(p => (double)p.Year).ToArray(), series.Points.Select(p => p.Value).ToArray()));
        }

        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        if (settings.Chart is not null)
        {
            LineChart.SavePng(settings.Chart, settings.Indicator, "year", chart.Count > 0 ? table.Rows[0][5]?.ToString() ?? string.Empty : string.Empty, chart);
        }

        return CliApp.Ok;
    }
}
