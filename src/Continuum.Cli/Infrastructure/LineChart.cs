using Continuum.Data.IO;

namespace Continuum.Cli.Infrastructure;

/// <summary>One named line, optionally with a lower/upper band around it.</summary>
public sealed record ChartSeries(string Name, double[] X, double[] Y, double[]? Lower = null, double[]? Upper = null);

/// <summary>Line charts written as PNG files (ScottPlot), the one chart helper every command uses.</summary>
public static class LineChart
{
    /// <summary>Renders <paramref name="series"/> to a PNG at <paramref name="path"/> (written atomically).</summary>
    public static void SavePng(string path, string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series,
        int width = 900, int height = 500)
    {
        var bytes = RenderPng(title, xLabel, yLabel, series, width, height);
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    /// <summary>Renders <paramref name="series"/> to PNG bytes.</summary>
    public static byte[] RenderPng(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series,
        int width = 900, int height = 500)
    {
        var plot = new ScottPlot.Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var color = palette.GetColor(i);
            if (s.Lower is not null && s.Upper is not null)
            {
                var fill = plot.Add.FillY(s.X, s.Lower, s.Upper);
                fill.FillColor = color.WithAlpha(0.25);
                fill.LineWidth = 0;
            }

            var line = plot.Add.Scatter(s.X, s.Y);
            line.Color = color;
            line.LegendText = s.Name;
            line.MarkerSize = s.X.Length <= 30 ? 4 : 0;
            line.LineWidth = 2;
        }

        plot.ShowLegend();
        return plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png);
    }
}
