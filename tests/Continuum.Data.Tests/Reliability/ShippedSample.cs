using System.Text;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Reliability;

/// <summary>
/// A small, well-formed extract of one shipped CSV (preamble and header, a few rows, the DataBank footer), in the
/// file's own line-end style, from which the bad-input classes are made by one change each.
/// </summary>
internal sealed record ShippedSample(string Format, string Relative, string[] Lines, int HeaderIndex, int FooterLines)
{
    /// <summary>The first <paramref name="rows"/> data rows of a shipped file (and its last <paramref name="footerLines"/> lines).</summary>
    public static ShippedSample Of(string format, string relative, int headerIndex = 0, int rows = 6, int footerLines = 0)
    {
        var lines = SplitKeepingEnds(File.ReadAllText(DataPaths.Shipped(relative.Split('/')), Encoding.UTF8));
        var kept = lines.Take(headerIndex + 1 + rows).Concat(lines.TakeLast(footerLines)).ToArray();
        return new ShippedSample(format, relative, kept, headerIndex, footerLines);
    }

    /// <summary>The line end the file uses ("\r\n" or "\n").</summary>
    public string LineEnd => Lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The sample as written (the file's folder layout kept, since WPP takes its vintage from it).</summary>
    public string Text => string.Concat(Lines);

    /// <summary>The index in <see cref="Lines"/> of the last data row.</summary>
    public int LastRow => Lines.Length - 1 - FooterLines;

    public static string[] SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    public override string ToString() => Format;
}
