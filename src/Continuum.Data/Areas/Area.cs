namespace Continuum.Data.Areas;

/// <summary>
/// One row of the harmonised area table. <see cref="Code"/> is the code every reader writes into
/// <c>Observation.Area</c>: ISO3 for countries, the World Bank code for World Bank aggregates
/// (<c>WLD</c>, <c>LMY</c>, <c>SSF</c>), <c>M49-nnn</c> for UN aggregates other than the world (M49 900 is
/// <c>WLD</c>), and <c>KNOMAD-OTHER-NORTH</c>/<c>KNOMAD-OTHER-SOUTH</c> for the matrices' residual groups.
/// </summary>
/// <param name="Code">Canonical harmonised code.</param>
/// <param name="Kind">Country or which publisher's aggregate.</param>
/// <param name="Name">A display name (the World Bank's where it has one, else the UN's).</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code, or "" when none.</param>
/// <param name="M49">UN M49 numeric code, or 0 when none.</param>
/// <param name="WorldBankCode">World Bank (WDI) code, or "" when the World Bank does not publish the area.</param>
public sealed record Area(string Code, AreaKind Kind, string Name, string Iso3, int M49, string WorldBankCode);

/// <summary>One name or code that resolves to an area within a naming scheme.</summary>
/// <param name="Scheme">The scheme (see <see cref="AreaSchemes"/>).</param>
/// <param name="Alias">The name or code as published, normalised by <see cref="AreaRegistry.Normalise"/>.</param>
/// <param name="Code">The canonical <see cref="Area.Code"/>.</param>
public sealed record AreaAlias(string Scheme, string Alias, string Code);
