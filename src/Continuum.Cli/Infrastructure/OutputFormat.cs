namespace Continuum.Cli.Infrastructure;

/// <summary>How a command writes its result.</summary>
public enum OutputFormat
{
    /// <summary>A human-readable table on the terminal.</summary>
    Table,

    /// <summary>RFC 4180 CSV, invariant numbers, header row first.</summary>
    Csv,

    /// <summary>A JSON array of objects (one per row), or one object for single-row results.</summary>
    Json,

    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Md,

    /// <summary>A self-contained HTML report.</summary>
    Html,
}
