using System.Globalization;
using System.Text;
using Continuum.Data.Store;
using Continuum.Evidence.Claims;

namespace Continuum.Evidence.Evaluation;

/// <summary>Runs a <see cref="Selector"/> against the store as one SQL query.</summary>
public sealed class SelectorEvaluator(ContinuumStore store)
{
    /// <summary>Yearly totals for <paramref name="selector"/>, restricted to <paramref name="years"/> when given.</summary>
    public SelectionResult Evaluate(Selector selector, IReadOnlyList<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var vintage = selector.Vintage ?? store.NewestShippedVintage(selector.Indicator, AllCountries(selector) ? null : selector.Areas[0])
                      ?? store.NewestShippedVintage(selector.Indicator);
        if (vintage is null)
        {
            return Missing($"no vintage of {selector.Indicator} in the store");
        }

        var (sql, args) = Build(selector, vintage, years);
        var rows = store.Query(sql, r => (Area: r.GetString(0), Year: r.GetInt32(1), Value: r.GetDouble(2), Count: r.GetInt64(3),
            Source: r.GetString(4), Unit: r.GetString(5)), args);
        var wantedYears = years ?? (selector.YearList ? Enumerable.Range(selector.FromYear, selector.ToYear - selector.FromYear + 1).ToList() : null);
        var missing = FindMissing(selector, rows.Select(r => (r.Area, r.Year)).ToHashSet(), wantedYears, vintage);
        var byYear = rows.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        return new SelectionResult(byYear, rows.Select(r => r.Source).Distinct().ToList(), [vintage],
            rows.Count > 0 ? rows[0].Unit : string.Empty, missing, rows.Sum(r => r.Count));
    }

    /// <summary>How many distinct counterparts have a positive value (for "lives in over 200 countries").</summary>
    public (long Count, SelectionResult Selection) CountCounterparts(Selector selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var vintage = selector.Vintage ?? store.NewestShippedVintage(selector.Indicator, selector.Areas[0]);
        if (vintage is null)
        {
            return (0, Missing($"no vintage of {selector.Indicator} in the store"));
        }

        var (where, args) = Where(selector, vintage, null);
        var count = Convert.ToInt64(store.Scalar($"""
            SELECT count(DISTINCT o.counterpart) FROM observations o JOIN areas a ON a.code = o.counterpart
            WHERE {where} AND o.value > 0 AND o.counterpart <> '' AND a.kind = 'country'
            """, args), CultureInfo.InvariantCulture);
        return (count, Evaluate(selector with { AnyCounterpart = true }));
    }

    private static SelectionResult Missing(string why) => new(new Dictionary<int, double>(), [], [], string.Empty, why, 0);

    /// <summary>True when the selector's areas are <c>["*"]</c>: every area of kind country.</summary>
    public static bool AllCountries(Selector s) => s.Areas is ["*"];

    private static string? FindMissing(Selector s, HashSet<(string, int)> found, IReadOnlyList<int>? years, string vintage)
    {
        if (AllCountries(s))
        {
            var missingYear = years?.FirstOrDefault(y => !found.Any(f => f.Item2 == y));
            return found.Count == 0 ? $"{s.Indicator} has no country observations in {vintage}"
                : missingYear is > 0 ? string.Create(CultureInfo.InvariantCulture, $"{s.Indicator} has no country observations in {missingYear} ({vintage})")
                : null;
        }

        foreach (var area in s.Areas)
        {
            if (years is null)
            {
                if (!found.Any(f => f.Item1 == area))
                {
                    return $"{s.Indicator} has no observation for {area} in {vintage}";
                }

                continue;
            }

            foreach (var y in years.Where(y => !found.Contains((area, y))))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{s.Indicator} has no observation for {area} in {y} ({vintage})");
            }
        }

        return null;
    }

    private static (string Sql, object?[] Args) Build(Selector s, string vintage, IReadOnlyList<int>? years)
    {
        var (where, args) = Where(s, vintage, years);
        return ($"""
            SELECT o.area, o.year, sum(o.value), count(*), min(o.source), min(o.unit) FROM observations o
            WHERE {where} GROUP BY o.area, o.year ORDER BY o.area, o.year
            """, args);
    }

    private static (string Where, object?[] Args) Where(Selector s, string vintage, IReadOnlyList<int>? years)
    {
        var args = new List<object?> { vintage };
        var sb = new StringBuilder("o.vintage = $1");
        sb.Append(" AND o.indicator IN (").Append(Params(args, s.Indicators)).Append(')');
        if (AllCountries(s))
        {
            sb.Append(" AND o.area IN (SELECT code FROM areas WHERE kind = 'country')");
        }
        else
        {
            sb.Append(" AND o.area IN (").Append(Params(args, s.Areas)).Append(')');
        }

        sb.Append(" AND o.sex IN (").Append(Params(args, s.Sexes)).Append(')');
        if (years is not null)
        {
            sb.Append(" AND o.year IN (").Append(Params(args, years.Cast<object>().ToList())).Append(')');
        }
        else if (s.FromYear != int.MinValue)
        {
            args.Add(s.FromYear);
            args.Add(s.ToYear);
            sb.Append(CultureInfo.InvariantCulture, $" AND o.year BETWEEN ${args.Count - 1} AND ${args.Count}");
        }

        if (s.AgeFrom is { } a && s.AgeTo is { } b)
        {
            args.Add(a);
            args.Add(b);
            sb.Append(CultureInfo.InvariantCulture, $" AND o.age_start >= ${args.Count - 1} AND o.age_end <= ${args.Count} AND o.age_start >= 0");
        }
        else
        {
            sb.Append(" AND o.age_start = -1");
        }

        if (s.Counterparts is not null)
        {
            sb.Append(" AND o.counterpart IN (").Append(Params(args, s.Counterparts)).Append(')');
        }
        else if (!s.AnyCounterpart)
        {
            sb.Append(" AND o.counterpart = ''");
        }

        if (s.Variant is not null)
        {
            args.Add(s.Variant);
            sb.Append(CultureInfo.InvariantCulture, $" AND o.variant = ${args.Count}");
        }

        return (sb.ToString(), args.ToArray());
    }

    private static string Params<T>(List<object?> args, IReadOnlyList<T> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            args.Add(v);
            names.Add("$" + args.Count.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(", ", names);
    }
}
