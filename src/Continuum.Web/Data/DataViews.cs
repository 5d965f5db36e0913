namespace Continuum.Web.Data;

/// <summary>An indicator the store holds.</summary>
/// <param name="Indicator">Series code.</param>
/// <param name="Name">Name from data/indicators.csv, else the code.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Source">Publisher.</param>
/// <param name="Bilateral">True for corridor matrices (values have a partner area).</param>
/// <param name="Vintages">Vintages held, newest first.</param>
public sealed record IndicatorView(string Indicator, string Name, string Unit, string Source, bool Bilateral, IReadOnlyList<string> Vintages);

/// <summary>A harmonised area.</summary>
/// <param name="Code">Store code (ISO3, World Bank aggregate, or scheme-prefixed).</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">country, aggregate, ...</param>
/// <param name="Iso3">ISO 3166 alpha-3, or null.</param>
/// <param name="M49">UN M49 numeric code (the world map's feature id), or null.</param>
public sealed record AreaView(string Code, string Name, string Kind, string? Iso3, int? M49);

/// <summary>Yearly values of one indicator for several areas, each with the vintage it came from.</summary>
/// <param name="Indicator">Series code.</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Lines">One line per area that has data.</param>
/// <param name="Missing">Areas without data in the asked vintage and years.</param>
public sealed record SeriesView(string Indicator, string Name, string Unit, IReadOnlyList<SeriesLine> Lines, IReadOnlyList<string> Missing);

/// <summary>One area's values.</summary>
/// <param name="Area">Area code.</param>
/// <param name="AreaName">Area name.</param>
/// <param name="Source">Publisher.</param>
/// <param name="Vintage">Vintage the values come from (the newest holding the series unless one was asked).</param>
/// <param name="Years">Years, ascending.</param>
/// <param name="Values">Values in the indicator's unit.</param>
public sealed record SeriesLine(string Area, string AreaName, string Source, string Vintage, IReadOnlyList<int> Years, IReadOnlyList<double> Values);

/// <summary>Corridors of a bilateral matrix, all countries or to/from one.</summary>
/// <param name="Indicator">KNOMAD.MIG.STOCK or KNOMAD.REM.BILAT.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Vintage">Vintage.</param>
/// <param name="Area">The chosen country, or null for the largest corridors worldwide.</param>
/// <param name="Direction"><c>from</c> (area is origin/sender) or <c>to</c> (area is destination/receiver).</param>
/// <param name="Total">Sum over the listed partners (all of them for a chosen country).</param>
/// <param name="Corridors">Corridors, largest first.</param>
public sealed record CorridorView(string Indicator, string Unit, string Vintage, string? Area, string Direction, double Total, IReadOnlyList<CorridorItem> Corridors);

/// <summary>One corridor.</summary>
/// <param name="From">Origin (migrants) or sender (remittances).</param>
/// <param name="To">Destination or receiver.</param>
/// <param name="Partner">The other end from the chosen country (the destination for <c>from</c>).</param>
/// <param name="PartnerName">Its name.</param>
/// <param name="PartnerM49">Its M49 code, for the map.</param>
/// <param name="Value">Value in the unit.</param>
public sealed record CorridorItem(string From, string To, string Partner, string PartnerName, int? PartnerM49, double Value);

/// <summary>What the store holds.</summary>
/// <param name="StoreFile">The store's file name (not its folder).</param>
/// <param name="Observations">Observation count.</param>
/// <param name="Datasets">Imported file count.</param>
/// <param name="Version">Changes counter since the server started.</param>
public sealed record StoreStatus(string StoreFile, long Observations, long Datasets, long Version);
