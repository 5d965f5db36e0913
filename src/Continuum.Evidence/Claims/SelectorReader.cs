using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Evidence.Claims;

/// <summary>Reads a selector table such as <c>{ indicator = "BX.TRF.PWKR.CD.DT", areas = ["LMY"], years = "2008:2012" }</c>.</summary>
internal static class SelectorReader
{
    private static readonly string[] Keys =
        ["indicator", "areas", "area", "years", "aggregate", "vintage", "sex", "ages", "counterparts", "variant"];

    public static Selector Read(TomlTableNode t)
    {
        t.RejectUnknownKeys(Keys);
        var areas = t.Strings("areas").Concat(t.Strings("area")).ToList();
        if (areas.Count == 0)
        {
            throw t.Error("areas", "at least one area is needed");
        }

        var (from, to, list) = Years(t);
        var aggregateText = t.OptionalString("aggregate") ?? "sum";
        var aggregate = aggregateText switch
        {
            "sum" => YearAggregate.Sum,
            "mean" => YearAggregate.Mean,
            _ => throw t.Error("aggregate", $"'{aggregateText}' is not sum or mean"),
        };
        var sexes = t.Strings("sex");
        foreach (var s in sexes.Where(s => s is not ("T" or "F" or "M")))
        {
            throw t.Error("sex", $"'{s}' is not T, F or M");
        }

        var (ageFrom, ageTo) = Ages(t);
        var counterparts = t.Strings("counterparts");
        var any = counterparts.Count == 1 && counterparts[0] == "*";
        var indicators = t.Strings("indicator");
        if (indicators.Count == 0)
        {
            throw t.Error("indicator", "required key 'indicator' (a code or a list of codes) is missing");
        }

        return new Selector(indicators, areas, from, to, list, aggregate, t.OptionalString("vintage"),
            sexes.Count == 0 ? ["T"] : sexes, ageFrom, ageTo, any || counterparts.Count == 0 ? null : counterparts, any,
            t.OptionalString("variant"), t.Line);
    }

    private static (int From, int To, bool List) Years(TomlTableNode t)
    {
        if (!t.TryGet("years", out var node))
        {
            return (int.MinValue, int.MaxValue, false);
        }

        return node.Value switch
        {
            long y => (CheckYear(t, y), CheckYear(t, y), true),
            string s => ParseYears(t, "years", s),
            _ => throw t.Error("years", "give years as 2013 or \"2008:2012\""),
        };
    }

    public static (int From, int To, bool List) ParseYears(TomlTableNode t, string key, string text)
    {
        var parts = text.Split(':');
        if (parts.Length is 1 or 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
            int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) &&
            a is >= 1000 and <= 2999 && b >= a && b <= 2999)
        {
            return (a, b, parts.Length == 1);
        }

        throw t.Error(key, $"'{text}' is not a year or a range like \"2008:2012\"");
    }

    private static int CheckYear(TomlTableNode t, long y) =>
        y is >= 1000 and <= 2999 ? (int)y : throw t.Error("years", string.Create(CultureInfo.InvariantCulture, $"{y} is not a year"));

    private static (int? From, int? To) Ages(TomlTableNode t)
    {
        var text = t.OptionalString("ages");
        if (text is null)
        {
            return (null, null);
        }

        var parts = text.Split(':');
        return parts.Length == 2 &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b >= a
            ? (a, b)
            : throw t.Error("ages", $"'{text}' is not an age range like \"15:64\"");
    }
}
