using System.Globalization;

namespace Continuum.Core.Scenario;

/// <summary>How a lever is keyed in a scenario.</summary>
public enum LeverKeyKind
{
    /// <summary>One number for the whole scenario.</summary>
    Scalar,

    /// <summary>A number for <c>ALL</c> corridors and/or per corridor <c>HOST-ORIGIN</c> (a corridor value overrides ALL).</summary>
    AllOrCorridor,

    /// <summary>A table per corridor <c>HOST-ORIGIN</c> with the fields of <see cref="LeverSpec.Fields"/>.</summary>
    CorridorTable,

    /// <summary>A number per country (ISO3).</summary>
    Country,

    /// <summary>Two years <c>[first, last]</c>.</summary>
    YearRange,
}

/// <summary>
/// The one declaration of a scenario lever: its name as written in TOML and JSON, how it is keyed, its unit, its range,
/// its default and one sentence of help. The reader, the writer, the validation messages, <c>GET /api/schema/levers</c>,
/// the web form and the table in docs/scenarios.md all take them from here.
/// </summary>
/// <param name="Name">Name as in TOML, the one place the name is written (docs/scenarios.md lists every lever).</param>
/// <param name="Table">The TOML table holding it: empty for a top-level table (engine levers), <c>development</c> otherwise.</param>
/// <param name="Key">How it is keyed.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Min">Lowest allowed value.</param>
/// <param name="Max">Highest allowed value (excluded when <paramref name="MaxExclusive"/>).</param>
/// <param name="Default">The value when unset, or null when it comes from the data (or, for a year range, from the base year).</param>
/// <param name="Help">One sentence for the form and the docs.</param>
/// <param name="MaxExclusive">True when <paramref name="Max"/> itself is not allowed.</param>
public sealed record LeverSpec(string Name, string Table, LeverKeyKind Key, string Unit, double Min, double Max, double? Default, string Help,
    bool MaxExclusive = false)
{
    /// <summary>For <see cref="LeverKeyKind.CorridorTable"/>: the fields of each corridor's table (e.g. rate, delay_years).</summary>
    public IReadOnlyList<LeverSpec> Fields { get; init; } = [];

    /// <summary>The qualified field name of key <paramref name="key"/>, <c>TABLE.NAME.KEY</c>, e.g. <c>development.NAME.MDA-ROU</c>.</summary>
    public string Field(string? key = null) =>
        (Table.Length == 0 ? Name : Table + "." + Name) + (key is null ? string.Empty : "." + key);

    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Allows(double value) => !double.IsNaN(value) && value >= Min && (MaxExclusive ? value < Max : value <= Max);

    /// <summary>The range as written in messages and docs, e.g. <c>[0, 1)</c>.</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}{(MaxExclusive ? ")" : "]")}");

    /// <summary>
    /// Returns <paramref name="value"/> when allowed; otherwise an <see cref="InputException"/> naming <paramref name="field"/>
    /// (default: this lever) at <paramref name="file"/> and <paramref name="line"/>.
    /// </summary>
    public double Check(double value, string? field = null, string? file = null, long? line = null) =>
        Allows(value) ? value
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{value} is outside the allowed range {Range} ({Unit})"),
                file, line, field ?? Field());
}
