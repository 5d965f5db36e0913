namespace Continuum.Cli.Infrastructure;

/// <summary>Settings shared by every command that uses the store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The store file; default <c>$CONTINUUM_HOME/continuum.duckdb</c>.</summary>
    [CommandOption("--store <PATH>")]
    [Description("Store file (DuckDB). Default: continuum.duckdb in $CONTINUUM_HOME, else in the user's local data folder.")]
    public string? Store { get; init; }
}

/// <summary>Settings of store commands that print a table: the store and the output format.</summary>
public class StoreTableSettings : StoreSettings, ITableSettings
{
    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv, json or md.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
