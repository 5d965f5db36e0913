namespace Continuum.Core.Scenario;

/// <summary>
/// A migration corridor: the host (destination, where remittances are sent from) and the origin (where they are
/// received). Written <c>HOST-ORIGIN</c>, e.g. <c>CAN-PHL</c>.
/// </summary>
/// <param name="Host">Host country.</param>
/// <param name="Origin">Origin country.</param>
public readonly record struct Corridor(Iso3 Host, Iso3 Origin) : IComparable<Corridor>
{
    /// <summary>Parses <c>HOST-ORIGIN</c> (two ISO3 codes, different); false for anything else.</summary>
    public static bool TryParse(string? text, out Corridor corridor)
    {
        var parts = text?.Split('-');
        if (parts is { Length: 2 } && Iso3.TryParse(parts[0], out var host) && Iso3.TryParse(parts[1], out var origin) && host != origin)
        {
            corridor = new Corridor(host, origin);
            return true;
        }

        corridor = default;
        return false;
    }

    /// <summary>Parses <paramref name="text"/>; an <see cref="InputException"/> on <paramref name="field"/> when it is not a corridor.</summary>
    public static Corridor Parse(string? text, string field = "corridor") =>
        TryParse(text, out var corridor) ? corridor
            : throw new InputException($"'{Iso3.Clip(text)}' is not a corridor: write HOST-ORIGIN with two different countries, e.g. CAN-PHL", field: field);

    /// <inheritdoc />
    public int CompareTo(Corridor other)
    {
        var host = Host.CompareTo(other.Host);
        return host != 0 ? host : Origin.CompareTo(other.Origin);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Host}-{Origin}";
}
