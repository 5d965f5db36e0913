using System.Xml.Linq;

namespace Continuum.Cli.Infrastructure.Usage;

/// <summary>
/// The commands and options of <c>continuum</c>, read from Spectre's own model (its built-in <c>cli xmldoc</c>), so the
/// declarations on the settings classes stay the one place options are named: error messages, suggestions and the
/// tests that walk every command all use this.
/// </summary>
public static class CliModel
{
    private static readonly Lazy<IReadOnlyList<CliCommandInfo>> Model = new(Load);

    /// <summary>The top-level commands and branches.</summary>
    public static IReadOnlyList<CliCommandInfo> Commands => Model.Value;

    /// <summary>Every command that runs (not branches), depth first.</summary>
    public static IEnumerable<CliCommandInfo> Leaves() => Flatten(Commands).Where(c => !c.IsBranch);

    /// <summary>The deepest command named by the leading words of <paramref name="args"/>, or null when the first word names none.</summary>
    public static CliCommandInfo? Find(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        CliCommandInfo? found = null;
        var level = Commands;
        foreach (var word in args.TakeWhile(a => !a.StartsWith('-')))
        {
            var next = level.FirstOrDefault(c => string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase));
            if (next is null)
            {
                break;
            }

            found = next;
            level = next.Children;
        }

        return found;
    }

    private static IEnumerable<CliCommandInfo> Flatten(IEnumerable<CliCommandInfo> commands) =>
        commands.SelectMany(c => Flatten(c.Children).Prepend(c));

    private static IReadOnlyList<CliCommandInfo> Load()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 1_000_000;
        CliApp.Create(console).Run(["cli", "xmldoc"]);
        var root = XDocument.Parse(writer.ToString()).Root ?? throw new InvalidOperationException("Spectre's model is empty");
        return Read(root, string.Empty, []);
    }

    private static List<CliCommandInfo> Read(XElement parent, string path, IReadOnlyList<CliOptionInfo> inherited) =>
        parent.Elements("Command").Select(e =>
        {
            var name = (string?)e.Attribute("Name") ?? string.Empty;
            var full = path.Length == 0 ? name : path + " " + name;
            var parameters = e.Elements("Parameters").ToList();
            var options = inherited.Concat(parameters.Elements("Option").Select(Option)).DistinctBy(o => o.Display).ToList();
            var required = parameters.Elements("Argument").Count(a => (bool?)a.Attribute("Required") ?? false);
            return new CliCommandInfo(full, (bool?)e.Attribute("IsBranch") ?? false, options, Read(e, full, options), required);
        }).ToList();

    private static CliOptionInfo Option(XElement e)
    {
        static IEnumerable<string> Split(string? names, string dashes) =>
            (names ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => dashes + n);
        var names = Split((string?)e.Attribute("Long"), "--").Concat(Split((string?)e.Attribute("Short"), "-")).ToList();
        return new CliOptionInfo(names, (string?)e.Attribute("ClrType") ?? string.Empty, (string?)e.Attribute("Kind") == "flag");
    }
}
