namespace Continuum.Data.Store;

/// <summary>
/// One number as a publisher shipped it, with the dimensions that locate it. Together with the
/// <see cref="DatasetInfo"/> of its import (source, vintage) it is the unit of storage.
/// Sentinels rather than nulls keep keys simple: <see cref="Sex"/> "T" is both sexes, <see cref="AgeStart"/>
/// -1 is all ages, <see cref="Counterpart"/> "" is no partner area, <see cref="Variant"/> "" is no variant.
/// </summary>
/// <param name="Indicator">Series code, e.g. <c>BX.TRF.PWKR.CD.DT</c> or <c>WPP.POP</c>.</param>
/// <param name="Area">Harmonised area code (ISO3, World Bank aggregate, or a scheme-prefixed code such as <c>M49-947</c>).</param>
/// <param name="Period">The period as published: <c>2013</c>, <c>2013Q1</c>, <c>2010-2015</c>.</param>
/// <param name="Year">The period's first calendar year.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit, e.g. <c>current US$</c>, <c>persons</c>, <c>percent</c>, <c>thousands</c>.</param>
/// <param name="Sex">"T" both, "F" or "M".</param>
/// <param name="AgeStart">First age of the group, or -1 for all ages.</param>
/// <param name="AgeEnd">Last age of the group (inclusive), -1 for all ages, 999 for an open interval.</param>
/// <param name="Counterpart">For bilateral data the partner area (destination for stocks by origin, receiver for remittances by sender), else "".</param>
/// <param name="Variant">Projection variant (<c>estimate</c>, <c>medium</c>), else "".</param>
public readonly record struct Observation(
    string Indicator,
    string Area,
    string Period,
    int Year,
    double Value,
    string Unit,
    string Sex = "T",
    int AgeStart = -1,
    int AgeEnd = -1,
    string Counterpart = "",
    string Variant = "");

/// <summary>Where a batch of observations came from.</summary>
/// <param name="Source">Publisher and dataset, e.g. "World Bank WDI", "UN DESA IMS 2020".</param>
/// <param name="Vintage">The release, e.g. "WDI 2026-07", "World Bank April 2013", "WPP 2019".</param>
/// <param name="Format">The reader's format name, e.g. <c>undesa-ims-xlsx</c>.</param>
/// <param name="File">The file read.</param>
public sealed record DatasetInfo(string Source, string Vintage, string Format, string File);

/// <summary>A whole file read into memory: its provenance and every observation in it.</summary>
public sealed record ReadResult(DatasetInfo Dataset, IReadOnlyList<Observation> Observations);
