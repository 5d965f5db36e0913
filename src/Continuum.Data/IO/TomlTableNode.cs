using System.Globalization;

namespace Continuum.Data.IO;

/// <summary>A value read from a TOML file with the line it stands on.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line of the key (or array item).</param>
/// <param name="Value">string, long, double, bool, a <see cref="TomlTableNode"/>, a list of <see cref="TomlValueNode"/>, or a list of tables.</param>
public sealed record TomlValueNode(string File, long Line, object Value);

/// <summary>
/// A TOML table whose keys keep their order and line. Getters take the key and give errors that name the
/// file, line and key; <see cref="RejectUnknownKeys"/> turns a misspelt key into an error instead of ignoring it.
/// </summary>
public sealed class TomlTableNode(string file, long line)
{
    private readonly Dictionary<string, TomlValueNode> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The file the table came from.</summary>
    public string File { get; } = file;

    /// <summary>1-based line where the table starts.</summary>
    public long Line { get; } = line;

    /// <summary>Keys in file order.</summary>
    public IReadOnlyList<string> Keys => _order;

    /// <summary>Dotted path of this table inside the document, for messages ("" for the root).</summary>
    public string Path { get; init; } = string.Empty;

    internal void Set(string key, TomlValueNode value)
    {
        if (_entries.ContainsKey(key))
        {
            throw new InputException($"key '{key}' is defined twice", File, value.Line, key);
        }

        _entries[key] = value;
        _order.Add(key);
    }

    /// <summary>The raw node for <paramref name="key"/>.</summary>
    public bool TryGet(string key, out TomlValueNode node) => _entries.TryGetValue(key, out node!);

    /// <summary>True when the table has <paramref name="key"/>.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The line of <paramref name="key"/>, or the table's line when absent.</summary>
    public long LineOf(string key) => _entries.TryGetValue(key, out var n) ? n.Line : Line;

    /// <summary>Throws for the first key not in <paramref name="allowed"/>.</summary>
    public void RejectUnknownKeys(params string[] allowed)
    {
        foreach (var key in _order.Where(k => !allowed.Contains(k)))
        {
            throw new InputException($"unknown key '{key}' (allowed: {string.Join(", ", allowed)})", File, _entries[key].Line, key);
        }
    }

    /// <summary>A required string.</summary>
    public string String(string key) => OptionalString(key) ?? throw Missing(key);

    /// <summary>An optional string.</summary>
    public string? OptionalString(string key) => Get<string>(key, "a string");

    /// <summary>A required number (integer or float).</summary>
    public double Number(string key) => OptionalNumber(key) ?? throw Missing(key);

    /// <summary>An optional number (integer or float).</summary>
    public double? OptionalNumber(string key)
    {
        if (!_entries.TryGetValue(key, out var n))
        {
            return null;
        }

        return n.Value switch
        {
            double d when double.IsFinite(d) => d,
            long l => l,
            _ => throw WrongType(key, n, "a finite number"),
        };
    }

    /// <summary>An optional integer.</summary>
    public long? OptionalInteger(string key) => _entries.TryGetValue(key, out var n)
        ? n.Value as long? ?? throw WrongType(key, n, "a whole number")
        : null;

    /// <summary>An optional boolean.</summary>
    public bool? OptionalBoolean(string key) => _entries.TryGetValue(key, out var n)
        ? n.Value as bool? ?? throw WrongType(key, n, "true or false")
        : null;

    /// <summary>An optional sub-table.</summary>
    public TomlTableNode? OptionalTable(string key) => Get<TomlTableNode>(key, "a table");

    /// <summary>An array of tables (<c>[[key]]</c>); empty when absent.</summary>
    public IReadOnlyList<TomlTableNode> TableArray(string key) => Get<List<TomlTableNode>>(key, "an array of tables [[...]]") ?? [];

    /// <summary>An array of strings; a single string is taken as a one-item array; empty when absent.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        if (!_entries.TryGetValue(key, out var n))
        {
            return [];
        }

        return n.Value switch
        {
            string s => [s],
            List<TomlValueNode> items => items.Select(i => i.Value as string ?? throw WrongType(key, i, "a list of strings")).ToList(),
            _ => throw WrongType(key, n, "a string or a list of strings"),
        };
    }

    /// <summary>An error located at <paramref name="key"/>.</summary>
    public InputException Error(string key, string problem) => new(problem, File, LineOf(key), Qualified(key));

    private T? Get<T>(string key, string expected) where T : class =>
        !_entries.TryGetValue(key, out var n) ? null : n.Value as T ?? throw WrongType(key, n, expected);

    private InputException Missing(string key) => new($"required key '{key}' is missing", File, Line, Qualified(key));

    private InputException WrongType(string key, TomlValueNode n, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"expected {expected}, found {TomlFile.Describe(n.Value)}"), File, n.Line, Qualified(key));

    private string Qualified(string key) => Path.Length == 0 ? key : Path + "." + key;
}
