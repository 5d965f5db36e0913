namespace Continuum.Data.Areas;

/// <summary>
/// Naming schemes understood by <see cref="AreaRegistry.Resolve"/>. Code schemes (<see cref="Iso3"/>,
/// <see cref="M49"/>, <see cref="WorldBank"/>) match codes only. Name schemes match the publisher's own names
/// first and then the pooled <see cref="Name"/> aliases gathered from every shipped file.
/// </summary>
public static class AreaSchemes
{
    /// <summary>ISO 3166-1 alpha-3 codes (and canonical codes).</summary>
    public const string Iso3 = "iso3";

    /// <summary>UN M49 numeric codes as text, e.g. "900", "947".</summary>
    public const string M49 = "m49";

    /// <summary>World Bank / WDI codes, including aggregates (WLD, LMY, SSF) and DataBank codes.</summary>
    public const string WorldBank = "wb";

    /// <summary>Any published name (pooled from every source).</summary>
    public const string Name = "name";

    /// <summary>UN DESA IMS names (hierarchy spaces and note markers stripped).</summary>
    public const string UnDesa = "undesa";

    /// <summary>World Bank/KNOMAD bilateral matrix names.</summary>
    public const string Knomad = "knomad";

    /// <summary>Names in the World Bank April 2013 remittance file.</summary>
    public const string WorldBankHistorical = "wb-historical";

    /// <summary>WPP 2019 location names.</summary>
    public const string Wpp2019 = "wpp2019";

    /// <summary>WPP 2024 location names.</summary>
    public const string Wpp2024 = "wpp2024";

    /// <summary>Country names in the Abel–Cohen flow totals (used only where the file has no iso3).</summary>
    public const string AbelCohen = "abel-cohen";

    /// <summary>True for the schemes that hold codes rather than names.</summary>
    public static bool IsCodeScheme(string scheme) => scheme is Iso3 or M49 or WorldBank;
}
