using System.Globalization;
using Continuum.Data.IO;
using Continuum.Models.HostEconomy;

namespace Continuum.Data.Demography;

/// <summary>
/// The scenario options of the Canadian host-economy model (<c>continuum model host-economy</c> and the web's page),
/// checked by one set of rules before the shipped data are read, and the data-based parameters they select.
/// Problems name a logical field (<c>from</c>, <c>years</c>, <c>horizon</c>, <c>base_population</c>) in the caller's spelling.
/// </summary>
/// <param name="ExtraAdmissions">Extra permanent residents a year (persons per year; 0–5,000,000, checked by the model).</param>
/// <param name="From">First year of extra admissions, 2006–2014 (years of the shipped StatCan and IRCC tables).</param>
/// <param name="Years">Years with extra admissions, 1–50.</param>
/// <param name="Horizon">Years simulated, from <paramref name="Years"/> to 60; null means <paramref name="Years"/>.</param>
/// <param name="BasePopulation"><c>wpp</c> (WPP 2019 interpolated) or <c>projection</c> (1-year cohort-component projection), case-insensitive.</param>
public sealed record HostEconomyOptions(
    double ExtraAdmissions = HostEconomyOptions.DefaultExtraAdmissions,
    int From = HostEconomyOptions.DefaultFrom,
    int Years = HostEconomyOptions.DefaultYears,
    int? Horizon = null,
    string BasePopulation = HostEconomyOptions.DefaultBasePopulation)
{
    /// <summary>Default extra admissions, persons per year.</summary>
    public const double DefaultExtraAdmissions = 100_000;

    /// <summary>Default first year.</summary>
    public const int DefaultFrom = 2012;

    /// <summary>Default years of extra admissions.</summary>
    public const int DefaultYears = 10;

    /// <summary>Default base population source.</summary>
    public const string DefaultBasePopulation = "wpp";

    /// <summary>Years simulated.</summary>
    public int HorizonYears => Horizon ?? Years;

    /// <summary>True when the base population is the cohort-component projection.</summary>
    public bool ProjectionBase => BasePopulation.Trim().Equals("projection", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first broken rule as an <see cref="InputException"/> (not thrown) whose field is spelled by
    /// <paramref name="spell"/> (logical name when null), or null when the options are valid.
    /// </summary>
    public InputException? FindProblem(Func<string, string>? spell = null)
    {
        var name = spell ?? (f => f);
        if (From is < 2006 or > 2014)
        {
            return new InputException(Invariant($"{From} is not allowed; use 2006–2014 (years of the shipped StatCan and IRCC tables)"), field: name("from"));
        }

        if (Years is < 1 or > 50)
        {
            return new InputException(Invariant($"{Years} is outside the allowed range [1, 50]"), field: name("years"));
        }

        if (HorizonYears < Years || HorizonYears > 60)
        {
            return new InputException(Invariant($"{HorizonYears} is not allowed; use {name("years")} ({Years}) to 60"), field: name("horizon"));
        }

        return BasePopulation.Trim().ToUpperInvariant() is "WPP" or "PROJECTION"
            ? null
            : new InputException($"'{OptionText.Clip(BasePopulation)}' is not allowed; use wpp or projection", field: name("base_population"));
    }

    /// <summary>Returns these options, or throws the problem found by <see cref="FindProblem"/>.</summary>
    public HostEconomyOptions Validate(Func<string, string>? spell = null) => FindProblem(spell) is { } problem ? throw problem : this;

    /// <summary>
    /// The base population of the chosen source (with <paramref name="extra"/> as the external extra labour when given) and the
    /// parameters from the shipped data with <paramref name="overrides"/>, validated: a range error names the model's field
    /// (<c>demand-multiplier</c>). Call on validated options.
    /// </summary>
    public (HostEconomyParameters Parameters, LabourInput Labour) Load(WppDemography wpp, HostEconomyOverrides overrides, ExtraLabourSeries? extra = null)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        ArgumentNullException.ThrowIfNull(overrides);
        var labour = ProjectionBase
            ? CanadaHostEconomy.BasePopulationFromProjection(wpp, From, HorizonYears)
            : CanadaHostEconomy.BasePopulationFromWpp(wpp, From, HorizonYears);
        if (extra is not null)
        {
            labour = labour.WithExternalExtra(extra);
        }

        var p = CanadaHostEconomy.Parameters(wpp, DataPaths.Shipped("demography"), labour, From, Years, HorizonYears, ExtraAdmissions);
        return (overrides.ApplyTo(p).Validate(), labour);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
