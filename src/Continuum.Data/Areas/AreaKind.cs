namespace Continuum.Data.Areas;

/// <summary>What an area is: a country or territory, or a group defined by one publisher.</summary>
public enum AreaKind
{
    /// <summary>A country or territory (ISO 3166 / M49 below 900).</summary>
    Country,

    /// <summary>A World Bank aggregate such as WLD, LMY or SSF (current classification for all years).</summary>
    WorldBankAggregate,

    /// <summary>A UN M49 / SDG / development-group aggregate (M49 900 and above), coded <c>M49-nnn</c>.</summary>
    UnAggregate,

    /// <summary>A residual group of the World Bank/KNOMAD bilateral matrices ("Other North", "Other South").</summary>
    KnomadAggregate,
}
