namespace Continuum;

/// <summary>The Markdown table of a model's parameters in <c>docs/models</c>, generated from their <see cref="ParameterSpec"/>s.</summary>
public static class ParameterTable
{
    /// <summary>The line before a generated table; <c>{0}</c> is the name of the spec list.</summary>
    public const string BeginMarker = "<!-- parameters of {0}: generated from the specs; UPDATE_GOLDEN=1 dotnet test tests/Continuum.Models.Tests rewrites -->";

    /// <summary>The line after a generated table.</summary>
    public const string EndMarker = "<!-- end of parameters -->";

    /// <summary>
    /// One row per spec: snake-case name, command-line option (when <paramref name="withOptions"/>: the command takes every
    /// spec as an option), unit, allowed values, default and help ('\n' line ends).
    /// </summary>
    public static string Markdown(IEnumerable<ParameterSpec> specs, bool withOptions = true)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var rows = specs.Select(s => $"| `{s.Name}` |{(withOptions ? $" `{s.OptionName}` |" : string.Empty)} {Cell(s.Unit)} | "
                                     + $"{Cell(s.RangeShown)}{(s.Whole ? ", whole" : string.Empty)} | {Cell(s.DefaultShown)} | {Cell(s.Help)} |");
        var header = withOptions ? "| parameter | option | unit | allowed | default | meaning |\n|---|---|---|---|---|---|\n"
            : "| parameter | unit | allowed | default | meaning |\n|---|---|---|---|---|\n";
        return header + string.Join('\n', rows) + "\n";
    }

    private static string Cell(string text) => text.Length == 0 ? "–" : text.Replace("|", "\\|", StringComparison.Ordinal);
}
