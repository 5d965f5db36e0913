using System.Globalization;

namespace Continuum.Web.Api;

/// <summary>Parses query-string values, throwing <see cref="InputException"/> that names the parameter (answered as 400).</summary>
public static class QueryArgs
{
    /// <summary>Longest text accepted in any parameter.</summary>
    public const int MaxTextLength = 200;

    /// <summary>A required text value of reasonable length.</summary>
    public static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InputException("is required", field: field);
        }

        return Text(value, field)!;
    }

    /// <summary>An optional text value of reasonable length (null when absent or blank).</summary>
    public static string? Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > MaxTextLength || value.Any(char.IsControl))
        {
            throw new InputException($"must be at most {MaxTextLength} printable characters", field: field);
        }

        return value.Trim();
    }

    /// <summary>An optional whole number within [<paramref name="min"/>, <paramref name="max"/>], else <paramref name="fallback"/>.</summary>
    public static int Int(string? value, string field, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new InputException($"'{Clip(value)}' is not a whole number", field: field);
        }

        return n >= min && n <= max ? n
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{n} is outside {min}..{max}"), field: field);
    }

    /// <summary>A comma-separated list of 1..<paramref name="maxItems"/> codes (letters, digits, '-', '_', '.').</summary>
    public static IReadOnlyList<string> Codes(string? value, string field, int maxItems)
    {
        var items = Required(value, field).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (items.Count == 0 || items.Count > maxItems)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"give 1 to {maxItems} codes separated by commas"), field: field);
        }

        foreach (var item in items.Where(i => !IsCode(i)))
        {
            throw new InputException($"'{Clip(item)}' is not a code (letters, digits, '-', '_', '.')", field: field);
        }

        return items;
    }

    /// <summary>True when <paramref name="s"/> is a short code of letters, digits, '-', '_' and '.' (no path separators).</summary>
    public static bool IsCode(string s) =>
        s.Length is > 0 and <= 64 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !s.Contains("..", StringComparison.Ordinal);

    /// <summary>Shortens a value echoed in an error message.</summary>
    public static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
