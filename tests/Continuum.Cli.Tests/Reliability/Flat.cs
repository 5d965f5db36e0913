using System.Text.RegularExpressions;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>The console wraps error sentences at 80 columns (with or without a space before the break); this joins them back.</summary>
internal static partial class Flat
{
    public static string Text(string wrapped) => Breaks().Replace(wrapped, " ").Trim();

    [GeneratedRegex(@" ?\r?\n")]
    private static partial Regex Breaks();
}
