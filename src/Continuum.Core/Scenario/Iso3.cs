namespace Continuum.Core.Scenario;

/// <summary>A country code: three ASCII letters, upper case (ISO 3166-1 alpha-3, or ROW for the rest of the world).</summary>
public readonly record struct Iso3 : IComparable<Iso3>
{
    private Iso3(string code) => Code = code;

    /// <summary>The three upper-case letters.</summary>
    public string Code { get; }

    /// <summary>Parses three ASCII letters (any case; stored upper-cased); false for anything else.</summary>
    public static bool TryParse(string? text, out Iso3 code)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: 3 } && trimmed.All(char.IsAsciiLetter))
        {
            code = new Iso3(trimmed.ToUpperInvariant());
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Parses <paramref name="text"/>; an <see cref="InputException"/> on <paramref name="field"/> when it is not three letters.</summary>
    public static Iso3 Parse(string? text, string field = "country") =>
        TryParse(text, out var code) ? code : throw new InputException($"'{Clip(text)}' is not an ISO3 country code (three letters)", field: field);

    /// <inheritdoc />
    public int CompareTo(Iso3 other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc />
    public override string ToString() => Code ?? string.Empty;

    internal static string Clip(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";
}
