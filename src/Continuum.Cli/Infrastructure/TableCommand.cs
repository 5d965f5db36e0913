using Continuum.Data.Store;

namespace Continuum.Cli.Infrastructure;

/// <summary>Settings of a command that prints one table in a chosen format.</summary>
public interface ITableSettings
{
    /// <summary>Output format.</summary>
    OutputFormat Format { get; }
}

/// <summary>Settings of a command that reads an input file and prints a table: <c>--format</c>.</summary>
public abstract class TableSettings : CommandSettings, ITableSettings
{
    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv, json or md.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}

/// <summary>A command that computes one <see cref="ResultTable"/> and prints it in the chosen format.</summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
public abstract class TableCommand<TSettings> : Command<TSettings> where TSettings : CommandSettings, ITableSettings
{
    /// <inheritdoc />
    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Build(settings).Write(settings.Format, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }

    /// <summary>The table of <paramref name="settings"/>.</summary>
    protected abstract ResultTable Build(TSettings settings);
}

/// <summary>
/// A command that reads the store, prints one <see cref="ResultTable"/> in the chosen format and, on the terminal,
/// an optional grey note under it.
/// </summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
public abstract class StoreIndicatorCommand<TSettings> : Command<TSettings> where TSettings : StoreTableSettings
{
    /// <inheritdoc />
    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = DataServices.OpenForReading(settings);
        var table = Build(store, settings);
        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        if (settings.Format == OutputFormat.Table && Note(store, settings, table) is { } note)
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }

        return CliApp.Ok;
    }

    /// <summary>The table of <paramref name="settings"/>, read from <paramref name="store"/>.</summary>
    protected abstract ResultTable Build(ContinuumStore store, TSettings settings);

    /// <summary>A line printed under the terminal table, or null (the default) for none.</summary>
    protected virtual string? Note(ContinuumStore store, TSettings settings, ResultTable table) => null;
}
