namespace Continuum.Cli.Infrastructure;

/// <summary>RFC 4180 field quoting.</summary>
public static class Csv
{
    /// <summary>Quotes <paramref name="field"/> when it holds a comma, quote or line break.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
