namespace Continuum.Cli.Infrastructure.Usage;

/// <summary>One option of a command as Spectre registered it.</summary>
/// <param name="Names">Every spelling with its dashes, long names first (<c>--seed</c>, <c>-s</c>).</param>
/// <param name="ClrType">The property's type as Spectre reports it (<c>System.Nullable`1[[System.UInt64, …]]</c> or <c>System.Int32</c>).</param>
/// <param name="IsFlag">True for a flag (no value).</param>
public sealed record CliOptionInfo(IReadOnlyList<string> Names, string ClrType, bool IsFlag)
{
    /// <summary>The name shown in messages: the first long name.</summary>
    public string Display => Names[0];
}

/// <summary>A command or branch of <c>continuum</c> with the options it accepts (its own and its branches').</summary>
/// <param name="Path">The words that select it, e.g. <c>runs compare</c>.</param>
/// <param name="IsBranch">True for a group of commands (<c>data</c>, <c>model</c>).</param>
/// <param name="Options">Options accepted, inherited ones included.</param>
/// <param name="Children">Sub-commands of a branch.</param>
/// <param name="RequiredArguments">How many positional arguments it requires (e.g. the scenario file of <c>run</c>).</param>
public sealed record CliCommandInfo(string Path, bool IsBranch, IReadOnlyList<CliOptionInfo> Options, IReadOnlyList<CliCommandInfo> Children,
    int RequiredArguments)
{
    /// <summary>The last word of <see cref="Path"/>.</summary>
    public string Name => Path.Split(' ')[^1];

    /// <summary>Every option name this command accepts, with dashes.</summary>
    public IEnumerable<string> OptionNames => Options.SelectMany(o => o.Names).Append("--help").Append("-h");
}
