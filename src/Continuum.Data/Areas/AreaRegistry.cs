using System.Text;
using Continuum.Data.IO;

namespace Continuum.Data.Areas;

/// <summary>
/// The harmonised area table and every alias that resolves to it. Load it with <see cref="LoadDefault"/>
/// (the shipped <c>data/areas</c> tables) or <see cref="Load"/>. Immutable once loaded; safe to share.
/// </summary>
public sealed class AreaRegistry
{
    private readonly Dictionary<string, Area> _byCode;
    private readonly Dictionary<(string Scheme, string Alias), string> _aliases;

    /// <summary>Builds a registry from <paramref name="areas"/> and <paramref name="aliases"/>.</summary>
    public AreaRegistry(IEnumerable<Area> areas, IEnumerable<AreaAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(aliases);
        Areas = [.. areas];
        Aliases = [.. aliases];
        _byCode = new Dictionary<string, Area>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in Areas)
        {
            _byCode[a.Code] = a;
        }

        _aliases = new Dictionary<(string, string), string>(new AliasKeyComparer());
        foreach (var a in Aliases)
        {
            _aliases[(a.Scheme, Normalise(a.Alias))] = a.Code;
        }
    }

    /// <summary>Every area, one row per canonical code.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Every alias (scheme, published name or code, canonical code).</summary>
    public IReadOnlyList<AreaAlias> Aliases { get; }

    /// <summary>Loads the shipped tables <c>data/areas/areas.csv</c> and <c>aliases.csv</c>.</summary>
    public static AreaRegistry LoadDefault() => Load(DataPaths.Shipped("areas"));

    /// <summary>Loads <c>areas.csv</c> and <c>aliases.csv</c> from <paramref name="directory"/>.</summary>
    public static AreaRegistry Load(string directory) =>
        new(AreaTableFiles.ReadAreas(Path.Combine(directory, AreaTableFiles.AreasFile)),
            AreaTableFiles.ReadAliases(Path.Combine(directory, AreaTableFiles.AliasesFile)));

    /// <summary>The area with canonical <paramref name="code"/>, or null.</summary>
    public Area? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The canonical code for <paramref name="nameOrCode"/> in <paramref name="scheme"/>, or null. Name schemes
    /// fall back to the pooled <see cref="AreaSchemes.Name"/> aliases; the ISO3 scheme also accepts canonical codes.
    /// </summary>
    public string? Resolve(string nameOrCode, string scheme)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        ArgumentNullException.ThrowIfNull(scheme);
        var key = Normalise(nameOrCode);
        if (key.Length == 0)
        {
            return null;
        }

        if (_aliases.TryGetValue((scheme, key), out var code))
        {
            return code;
        }

        if (scheme == AreaSchemes.Iso3)
        {
            return _byCode.TryGetValue(key, out var area) ? area.Code : null;
        }

        return AreaSchemes.IsCodeScheme(scheme) ? null : _aliases.GetValueOrDefault((AreaSchemes.Name, key));
    }

    /// <summary>Like <see cref="Resolve"/>, but an unknown area is an <see cref="InputException"/> at file, line and field.</summary>
    public string ResolveOrThrow(string nameOrCode, string scheme, string file, long line, string field) =>
        Resolve(nameOrCode, scheme)
        ?? throw new InputException($"unknown area '{nameOrCode}' (no {scheme} name or code in the area table data/areas)", file, line, field);

    /// <summary>
    /// The form in which names are compared: hierarchy indentation, trailing note markers (<c>*</c>) and
    /// repeated or non-breaking spaces removed. Comparison is case-insensitive.
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var s = name.Replace('\u00A0', ' ').Trim().TrimEnd('*').Trim();
        if (!s.Contains("  ", StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private sealed class AliasKeyComparer : IEqualityComparer<(string Scheme, string Alias)>
    {
        public bool Equals((string Scheme, string Alias) x, (string Scheme, string Alias) y) =>
            string.Equals(x.Scheme, y.Scheme, StringComparison.Ordinal) &&
            string.Equals(x.Alias, y.Alias, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Scheme, string Alias) obj) =>
            HashCode.Combine(obj.Scheme, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Alias));
    }
}
