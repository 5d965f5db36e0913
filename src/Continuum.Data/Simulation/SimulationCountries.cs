namespace Continuum.Data.Simulation;

/// <summary>
/// The countries the engine can simulate: the countries of <c>data/demography/locations.csv</c> that WPP 2019
/// covers, with their names in the World Bank 2017 bilateral matrix (data/knomad).
/// </summary>
public static class SimulationCountries
{
    private static readonly Dictionary<string, string> KnomadNames = new(StringComparer.Ordinal)
    {
        ["CAN"] = "Canada", ["HRV"] = "Croatia", ["GHA"] = "Ghana", ["IND"] = "India", ["JAM"] = "Jamaica",
        ["JPN"] = "Japan", ["MEX"] = "Mexico", ["MDA"] = "Moldova", ["NGA"] = "Nigeria", ["PHL"] = "Philippines",
        ["POL"] = "Poland", ["ROU"] = "Romania", ["SRB"] = "Serbia", ["USA"] = "United States",
    };

    /// <summary>ISO3 codes accepted in a scenario's <c>countries</c>.</summary>
    public static IReadOnlyCollection<string> Supported => KnomadNames.Keys;

    /// <summary>True when <paramref name="iso3"/> can be simulated.</summary>
    public static bool IsSupported(string iso3) => KnomadNames.ContainsKey(iso3);

    /// <summary>The country's name in the bilateral stock matrix.</summary>
    public static string KnomadName(string iso3) => KnomadNames[iso3];
}
