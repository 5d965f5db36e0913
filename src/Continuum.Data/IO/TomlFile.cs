using System.Globalization;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Continuum.Data.IO;

/// <summary>
/// A TOML document read into plain tables that remember the line of every key, so that errors about a
/// value (an unknown key, a number out of range) can name the file, line and key. Syntax errors become an
/// <see cref="InputException"/> at the offending line.
/// </summary>
public static class TomlFile
{
    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    public static TomlTableNode Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses TOML <paramref name="text"/>; <paramref name="path"/> names it in errors.</summary>
    public static TomlTableNode Parse(string path, string text)
    {
        var doc = SyntaxParser.Parse(text, path);
        if (doc.HasErrors)
        {
            var first = doc.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            throw new InputException("TOML syntax error: " + first.Message, path, first.Span.Start.Line + 1);
        }

        var root = new TomlTableNode(path, 1);
        foreach (var kv in doc.KeyValues)
        {
            AddKeyValue(root, kv);
        }

        foreach (var table in doc.Tables)
        {
            var names = KeyParts(table.Name!);
            var line = Line(table);
            var target = table is TableArraySyntax
                ? AppendArrayTable(root, names, line)
                : OpenTable(root, names, line);
            foreach (var item in table.Items)
            {
                if (item is KeyValueSyntax kv)
                {
                    AddKeyValue(target, kv);
                }
            }
        }

        return root;
    }

    private static long Line(SyntaxNodeBase node) => node.Span.Start.Line + 1;

    private static List<string> KeyParts(KeySyntax key)
    {
        var parts = new List<string> { KeyText(key.Key!) };
        foreach (var dotted in key.DotKeys)
        {
            parts.Add(KeyText(dotted.Key!));
        }

        return parts;
    }

    private static string KeyText(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key!.Text!,
        StringValueSyntax s => s.Value!,
        _ => key.ToString()!.Trim(),
    };

    private static void AddKeyValue(TomlTableNode table, KeyValueSyntax kv)
    {
        var parts = KeyParts(kv.Key!);
        var line = Line(kv);
        var target = OpenTable(table, parts[..^1], line);
        target.Set(parts[^1], new TomlValueNode(table.File, line, Convert(table.File, kv.Value!)));
    }

    private static TomlTableNode OpenTable(TomlTableNode root, List<string> names, long line)
    {
        var current = root;
        foreach (var name in names)
        {
            if (current.TryGet(name, out var existing))
            {
                current = existing.Value switch
                {
                    TomlTableNode t => t,
                    List<TomlTableNode> list when list.Count > 0 => list[^1],
                    _ => throw new InputException($"'{name}' is already a value, not a table", root.File, line, name),
                };
            }
            else
            {
                var created = new TomlTableNode(root.File, line);
                current.Set(name, new TomlValueNode(root.File, line, created));
                current = created;
            }
        }

        return current;
    }

    private static TomlTableNode AppendArrayTable(TomlTableNode root, List<string> names, long line)
    {
        var parent = OpenTable(root, names[..^1], line);
        var name = names[^1];
        var created = new TomlTableNode(root.File, line);
        if (!parent.TryGet(name, out var existing))
        {
            parent.Set(name, new TomlValueNode(root.File, line, new List<TomlTableNode> { created }));
        }
        else if (existing.Value is List<TomlTableNode> list)
        {
            list.Add(created);
        }
        else
        {
            throw new InputException($"'{name}' is already defined and is not an array of tables", root.File, line, name);
        }

        return created;
    }

    private static object Convert(string file, ValueSyntax value) => value switch
    {
        StringValueSyntax s => s.Value!,
        IntegerValueSyntax i => i.Value,
        FloatValueSyntax f => f.Value,
        BooleanValueSyntax b => b.Value,
        DateTimeValueSyntax d => d.Value.ToString(),
        ArraySyntax a => a.Items.Select(item => new TomlValueNode(file, Line(item), Convert(file, item.Value!))).ToList(),
        InlineTableSyntax t => InlineTable(file, t),
        _ => value.ToString()!.Trim(),
    };

    private static TomlTableNode InlineTable(string file, InlineTableSyntax syntax)
    {
        var table = new TomlTableNode(file, Line(syntax));
        foreach (var item in syntax.Items)
        {
            AddKeyValue(table, item.KeyValue!);
        }

        return table;
    }

    internal static string Describe(object value) => value switch
    {
        string s => "'" + s + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        TomlTableNode => "a table",
        _ => "a list",
    };
}
