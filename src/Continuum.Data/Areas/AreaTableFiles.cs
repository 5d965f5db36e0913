using System.Globalization;
using System.Text;
using Continuum.Data.IO;

namespace Continuum.Data.Areas;

/// <summary>Reads and writes the area tables (<c>areas.csv</c>, <c>aliases.csv</c>) as plain UTF-8 CSV.</summary>
public static class AreaTableFiles
{
    /// <summary>File name of the area table.</summary>
    public const string AreasFile = "areas.csv";

    /// <summary>File name of the alias table.</summary>
    public const string AliasesFile = "aliases.csv";

    /// <summary>Reads an area table: <c>code,kind,name,iso3,m49,wb_code</c>.</summary>
    public static IReadOnlyList<Area> ReadAreas(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns("code", "kind", "name", "iso3", "m49", "wb_code");
        var list = new List<Area>(csv.Records.Count);
        foreach (var r in csv.Records)
        {
            var m49 = r.Text("m49").Length == 0 ? 0 : r.Integer("m49");
            list.Add(new Area(r.Text("code"), ParseKind(r), r.Text("name"), r.Text("iso3"), m49, r.Text("wb_code")));
        }

        return list;
    }

    /// <summary>Reads an alias table: <c>scheme,alias,code</c>.</summary>
    public static IReadOnlyList<AreaAlias> ReadAliases(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns("scheme", "alias", "code");
        return [.. csv.Records.Select(r => new AreaAlias(r.Text("scheme"), r.Text("alias"), r.Text("code")))];
    }

    /// <summary>Writes both tables into <paramref name="directory"/> (atomically, sorted, LF line ends).</summary>
    public static void Write(string directory, IEnumerable<Area> areas, IEnumerable<AreaAlias> aliases)
    {
        var a = new StringBuilder("code,kind,name,iso3,m49,wb_code\n");
        foreach (var x in areas.OrderBy(x => x.Code, StringComparer.Ordinal))
        {
            CsvWriter.AppendRow(a, x.Code, KindName(x.Kind), x.Name, x.Iso3, x.M49 == 0 ? null : x.M49, x.WorldBankCode);
        }

        var s = new StringBuilder("scheme,alias,code\n");
        foreach (var x in aliases.OrderBy(x => x.Scheme, StringComparer.Ordinal).ThenBy(x => x.Alias, StringComparer.Ordinal))
        {
            CsvWriter.AppendRow(s, x.Scheme, x.Alias, x.Code);
        }

        AtomicFile.WriteText(Path.Combine(directory, AreasFile), w => w.Write(a.ToString()));
        AtomicFile.WriteText(Path.Combine(directory, AliasesFile), w => w.Write(s.ToString()));
    }

    /// <summary>The table's spelling of <paramref name="kind"/>.</summary>
    public static string KindName(AreaKind kind) => kind switch
    {
        AreaKind.Country => "country",
        AreaKind.WorldBankAggregate => "wb-aggregate",
        AreaKind.UnAggregate => "un-aggregate",
        _ => "knomad-aggregate",
    };

    private static AreaKind ParseKind(CsvRecord r) => r.Text("kind") switch
    {
        "country" => AreaKind.Country,
        "wb-aggregate" => AreaKind.WorldBankAggregate,
        "un-aggregate" => AreaKind.UnAggregate,
        "knomad-aggregate" => AreaKind.KnomadAggregate,
        var k => throw r.Error($"'{k}' is not an area kind (country, wb-aggregate, un-aggregate, knomad-aggregate)", "kind"),
    };
}
