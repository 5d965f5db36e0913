using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Evidence.Claims;

/// <summary>
/// Reads a claims ledger (TOML) into <see cref="ClaimSet"/>. Every problem (syntax, unknown key, missing
/// field, bad range) is an <see cref="InputException"/> naming the file, line and key. Adding a claim is
/// an edit of the data file: nothing here knows any particular claim.
/// </summary>
public static class ClaimFileReader
{
    private static readonly string[] ClaimKeys =
        ["id", "speaker", "session", "claim", "claimed", "unit", "comparison", "tolerance", "tolerance_abs", "note", "measure", "chart"];

    private static readonly string[] MeasureKeys =
        ["label", "op", "of", "numerator", "denominator", "from", "to", "scale", "percent", "claimed", "comparison", "tolerance", "tolerance_abs",
            "model", "output", "year", "settings"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ClaimSet Read(string path) => FromToml(TomlFile.Read(path));

    /// <summary>Parses claims from TOML <paramref name="text"/> (for tests); <paramref name="path"/> names it in errors.</summary>
    public static ClaimSet Parse(string path, string text) => FromToml(TomlFile.Parse(path, text));

    private static ClaimSet FromToml(TomlTableNode root)
    {
        root.RejectUnknownKeys("title", "claim");
        var claims = new List<Claim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in root.TableArray("claim"))
        {
            var claim = ReadClaim(t);
            if (!ids.Add(claim.Id))
            {
                throw t.Error("id", $"claim id '{claim.Id}' is used twice");
            }

            claims.Add(claim);
        }

        if (claims.Count == 0)
        {
            throw new InputException("the file holds no [[claim]] tables", root.File, 1);
        }

        return new ClaimSet(root.File, root.OptionalString("title") ?? Path.GetFileNameWithoutExtension(root.File), claims);
    }

    private static Claim ReadClaim(TomlTableNode t)
    {
        t.RejectUnknownKeys(ClaimKeys);
        var id = t.String("id");
        if (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw t.Error("id", $"'{id}' is not a valid id (letters, digits, '-', '_', '.')");
        }

        var test = ReadTest(t, null);
        var measures = t.TableArray("measure").Select(m => ReadMeasure(m, test)).ToList();
        var chartTable = t.OptionalTable("chart");
        return new Claim(id, t.String("speaker"), t.String("session"), t.String("claim"), test.Claimed, t.String("unit"),
            test, measures, t.OptionalString("note") ?? string.Empty, chartTable is null ? null : ReadChart(chartTable), t.Line);
    }

    private static ClaimTest ReadTest(TomlTableNode t, ClaimTest? inherited)
    {
        var comparisonText = t.OptionalString("comparison");
        var comparison = comparisonText is null
            ? inherited?.Comparison ?? Comparison.About
            : comparisonText switch
            {
                "about" => Comparison.About,
                "greater" => Comparison.Greater,
                "less" => Comparison.Less,
                "between" => Comparison.Between,
                "ratio" => Comparison.Ratio,
                _ => throw t.Error("comparison", $"'{comparisonText}' is not one of about, greater, less, between, ratio"),
            };
        var (lo, hi) = ReadClaimed(t, comparison, inherited);
        var relative = t.OptionalNumber("tolerance");
        var absolute = t.OptionalNumber("tolerance_abs");
        if (relative is < 0 or > 10)
        {
            throw t.Error("tolerance", "must lie in [0, 10] (a fraction: 0.1 is 10 %)");
        }

        if (absolute is < 0)
        {
            throw t.Error("tolerance_abs", "must be at least 0");
        }

        if (relative is null && absolute is null)
        {
            (relative, absolute) = inherited is null ? (0.1, null) : (inherited.Tolerance, inherited.AbsoluteTolerance);
        }

        return new ClaimTest(comparison, lo, hi, relative, absolute);
    }

    private static (double Lo, double Hi) ReadClaimed(TomlTableNode t, Comparison comparison, ClaimTest? inherited)
    {
        if (!t.Has("claimed"))
        {
            return inherited is not null
                ? (inherited.Claimed, inherited.ClaimedUpper)
                : throw t.Error("claimed", "required key 'claimed' is missing");
        }

        if (comparison == Comparison.Between)
        {
            t.TryGet("claimed", out var node);
            var items = node.Value as List<TomlValueNode>;
            var bounds = items?.Select(i => i.Value switch { double d => d, long l => (double)l, _ => double.NaN }).ToArray();
            if (bounds is not { Length: 2 } || bounds.Any(double.IsNaN) || bounds[0] > bounds[1])
            {
                throw t.Error("claimed", "a 'between' claim needs claimed = [low, high] with low <= high");
            }

            return (bounds[0], bounds[1]);
        }

        var v = t.Number("claimed");
        return (v, v);
    }

    private static Measure ReadMeasure(TomlTableNode m, ClaimTest claimTest)
    {
        m.RejectUnknownKeys(MeasureKeys);
        var opText = m.OptionalString("op") ?? "value";
        var op = opText switch
        {
            "value" => MeasureOp.Value,
            "ratio" => MeasureOp.Ratio,
            "change" => MeasureOp.Change,
            "difference" => MeasureOp.Difference,
            "count" => MeasureOp.Count,
            "model" => MeasureOp.Model,
            _ => throw m.Error("op", $"'{opText}' is not one of value, ratio, change, difference, count, model"),
        };
        if (op == MeasureOp.Model)
        {
            var spec = new ModelSpec(m.String("model"), m.String("output"), Year(m, "year"), Settings(m), m.LineOf("model"));
            return new Measure(m.OptionalString("label") ?? spec.Name, new MeasureExpression(op, null, null, null, null,
                m.OptionalNumber("scale") ?? 1, m.OptionalBoolean("percent") ?? false, spec), ReadTest(m, claimTest), m.Line);
        }

        var ofKey = m.Has("numerator") ? "numerator" : "of";
        var of = SelectorReader.Read(m.OptionalTable(ofKey) ?? throw m.Error(ofKey, "required table 'of' (or 'numerator') is missing"));
        Selector? denominator = null;
        if (op == MeasureOp.Ratio)
        {
            denominator = SelectorReader.Read(m.OptionalTable("denominator") ?? throw m.Error("denominator", "a ratio needs a 'denominator' table"));
        }

        int? from = null, to = null;
        if (op is MeasureOp.Change or MeasureOp.Difference)
        {
            from = Year(m, "from");
            to = Year(m, "to");
        }

        var scale = m.OptionalNumber("scale") ?? 1;
        if (!(scale > 0))
        {
            throw m.Error("scale", "must be above 0");
        }

        var expression = new MeasureExpression(op, of, denominator, from, to, scale, m.OptionalBoolean("percent") ?? false);
        return new Measure(m.OptionalString("label") ?? opText, expression, ReadTest(m, claimTest), m.Line);
    }

    private static Dictionary<string, double> Settings(TomlTableNode m)
    {
        var table = m.OptionalTable("settings");
        return table is null ? [] : table.Keys.ToDictionary(k => k, k => table.Number(k), StringComparer.Ordinal);
    }

    private static int Year(TomlTableNode t, string key)
    {
        var v = t.OptionalInteger(key) ?? throw t.Error(key, $"required key '{key}' (a year) is missing");
        return v is >= 1000 and <= 2999 ? (int)v : throw t.Error(key, string.Create(CultureInfo.InvariantCulture, $"{v} is not a year"));
    }

    private static ChartSpec ReadChart(TomlTableNode c)
    {
        c.RejectUnknownKeys("title", "series", "years", "scale", "y_label");
        if (!c.TryGet("series", out var node) || node.Value is not List<TomlValueNode> items || items.Count == 0)
        {
            throw c.Error("series", "a chart needs series = [ { indicator = ..., areas = [...] }, ... ]");
        }

        var series = items.Select(i => SelectorReader.Read(i.Value as TomlTableNode ?? throw c.Error("series", "each series must be an inline table"))).ToList();
        var (from, to, _) = SelectorReader.ParseYears(c, "years", c.OptionalString("years") ?? "2000:2020");
        return new ChartSpec(c.OptionalString("title") ?? string.Empty, series, from, to, c.OptionalNumber("scale") ?? 1, c.OptionalString("y_label") ?? string.Empty);
    }
}
