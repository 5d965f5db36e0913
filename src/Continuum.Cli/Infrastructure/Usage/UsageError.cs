using System.Text.RegularExpressions;

namespace Continuum.Cli.Infrastructure.Usage;

/// <summary>
/// Rewrites Spectre's parse and conversion errors as one sentence that names the option and the expected form
/// ("run has no option --sed; did you mean --seed?", "--seed expects a whole number from 0, got 'x'"); Spectre's
/// own text ("Failed to convert 'x' to Nullable`1") never reaches the user. The only place such errors are worded.
/// </summary>
public static partial class UsageError
{
    /// <summary>One sentence for Spectre's <paramref name="message"/> about the command line <paramref name="args"/>.</summary>
    public static string Explain(string message, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(args);
        var command = CliModel.Find(args);
        if (UnknownOption().Match(message) is { Success: true } unknown)
        {
            return UnknownOptionSentence(unknown.Groups[1].Value, args, command);
        }

        if (FailedConversion().Match(message) is { Success: true } failed)
        {
            return ValueSentence(failed.Groups[1].Value, args, command);
        }

        if (UnknownCommand().Match(message) is { Success: true } missing)
        {
            var level = command?.Children ?? CliModel.Commands;
            var where = command is null ? "continuum" : $"continuum {command.Path}";
            var hint = Spelling.DidYouMean(missing.Groups[1].Value, level.Select(c => c.Name));
            return $"{where} has no command '{missing.Groups[1].Value}'{(hint.Length > 0 ? hint : $"; see {where} --help")}";
        }

        if (message.StartsWith("Flags cannot be assigned a value", StringComparison.Ordinal))
        {
            var flag = args.FirstOrDefault(a => a.StartsWith('-') && a.Contains('=', StringComparison.Ordinal))?.Split('=')[0] ?? "a switch";
            return $"{flag} is a switch and takes no value";
        }

        if (ExtraArgument().Match(message) is { Success: true } extra)
        {
            return $"'{extra.Groups[1].Value}' is one argument too many{See(command)}";
        }

        // Settings' own validation messages already name the option; they pass unchanged.
        return message;
    }

    private static string UnknownOptionSentence(string name, IReadOnlyList<string> args, CliCommandInfo? command)
    {
        var typed = args.Select(a => a.Split('=', ':')[0]).FirstOrDefault(a => a.TrimStart('-') == name && a.StartsWith('-'))
                    ?? (name.Length == 1 ? "-" : "--") + name;
        var owner = command is null ? "continuum" : command.Path;
        var hint = command is null ? string.Empty : Spelling.DidYouMean(typed, command.OptionNames.Where(o => o.StartsWith("--", StringComparison.Ordinal)));
        return $"{owner} has no option {typed}{(hint.Length > 0 ? hint : See(command))}";
    }

    private static string ValueSentence(string value, IReadOnlyList<string> args, CliCommandInfo? command)
    {
        var options = command?.Options ?? [];
        for (var i = 0; i < args.Count; i++)
        {
            var (name, given) = SplitOption(args, i);
            var option = options.FirstOrDefault(o => o.Names.Contains(name, StringComparer.Ordinal));
            if (option is null || option.IsFlag)
            {
                continue;
            }

            if (given is null || given.StartsWith("--", StringComparison.Ordinal))
            {
                return $"{option.Display} expects {OptionForms.Expected(option.ClrType)}, and no value was given";
            }

            if (given == value)
            {
                return $"{option.Display} expects {OptionForms.Expected(option.ClrType)}, got '{value}'";
            }
        }

        return $"'{value}' is not a valid value{See(command)}";
    }

    /// <summary>The option at <paramref name="i"/> (<c>--seed 5</c>, <c>--seed=5</c>) and its value, or empty when <paramref name="i"/> is no option.</summary>
    private static (string Name, string? Value) SplitOption(IReadOnlyList<string> args, int i)
    {
        var a = args[i];
        if (!a.StartsWith('-'))
        {
            return (string.Empty, null);
        }

        var cut = a.IndexOfAny(['=', ':']);
        return cut > 0 ? (a[..cut], a[(cut + 1)..]) : (a, i + 1 < args.Count ? args[i + 1] : null);
    }

    private static string See(CliCommandInfo? command) =>
        command is null ? "; see continuum --help" : $"; see continuum {command.Path} --help";

    [GeneratedRegex("^Unknown option '([^']*)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex("^Failed to convert '([^']*)'")]
    private static partial Regex FailedConversion();

    [GeneratedRegex("^Unknown command '([^']*)'")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("^Could not match '([^']*)' with an argument")]
    private static partial Regex ExtraArgument();
}
