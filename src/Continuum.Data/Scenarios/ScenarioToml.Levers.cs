using Continuum.Core.Scenario;
using Continuum.Data.IO;

namespace Continuum.Data.Scenarios;

/// <summary>The lever tables of one scenario file, read by their specs (<see cref="EngineLevers.Specs"/>, <see cref="DevelopmentLevers.Specs"/>).</summary>
public static partial class ScenarioToml
{
    private const string AllKey = "ALL";

    private static EngineLevers ReadEngineLevers(TomlTableNode root, Dictionary<string, (string? File, long? Line)> locations)
    {
        var levers = EngineLevers.None;
        foreach (var spec in EngineLevers.Specs)
        {
            levers = levers.With(spec, CountryMap(root.OptionalTable(spec.Name), spec, locations));
        }

        return levers;
    }

    private static DevelopmentLevers ReadDevelopmentLevers(TomlTableNode root, Dictionary<string, (string? File, long? Line)> locations)
    {
        var table = root.OptionalTable(DevelopmentLevers.Table);
        if (table is null)
        {
            return DevelopmentLevers.None;
        }

        var names = DevelopmentLevers.Specs.Select(s => s.Name).ToArray();
        foreach (var key in table.Keys.Where(k => !names.Contains(k)))
        {
            throw Error(table, key, DevelopmentLevers.Table + "." + key, $"unknown key '{key}' (allowed: {string.Join(", ", names)})");
        }

        var penalty = DevelopmentLevers.UnderemploymentPenaltySpec.Name;
        var years = DevelopmentLevers.ExtraAdmissionsYearsSpec.Name;
        foreach (var key in new[] { penalty, years }.Where(table.Has))
        {
            locations[DevelopmentLevers.Table + "." + key] = (table.File, table.LineOf(key));
        }

        var (all, costs) = RemittanceCosts(table.OptionalTable(DevelopmentLevers.RemittanceCostSpec.Name), locations);
        var levers = new DevelopmentLevers
        {
            UnderemploymentPenalty = table.OptionalNumber(penalty),
            RemittanceCostAll = all,
            RemittanceCost = costs,
            CredentialRecognition = Recognition(table.OptionalTable(DevelopmentLevers.CredentialRecognitionSpec.Name), locations),
            ExtraAdmissionsYears = Years(table, years),
        };
        foreach (var spec in DevelopmentLevers.CountrySpecs)
        {
            levers = levers.With(spec, CountryMap(table.OptionalTable(spec.Name), spec, locations));
        }

        return levers;
    }

    private static LeverMap<Iso3, double> CountryMap(TomlTableNode? table, LeverSpec spec, Dictionary<string, (string? File, long? Line)> locations)
    {
        var pairs = new List<KeyValuePair<Iso3, double>>();
        foreach (var key in table?.Keys ?? [])
        {
            if (!Iso3.TryParse(key, out var country) || country.Code != key)
            {
                throw Error(table!, key, spec.Field(key), $"'{key}' is not an ISO3 country code (three upper-case letters)");
            }

            pairs.Add(new(country, table!.Number(key)));
            locations[spec.Field(key)] = (table.File, table.LineOf(key));
        }

        return LeverMap<Iso3, double>.Of(pairs);
    }

    private static (double? All, LeverMap<Corridor, double> Corridors) RemittanceCosts(TomlTableNode? table,
        Dictionary<string, (string? File, long? Line)> locations)
    {
        var spec = DevelopmentLevers.RemittanceCostSpec;
        double? all = null;
        var pairs = new List<KeyValuePair<Corridor, double>>();
        foreach (var key in table?.Keys ?? [])
        {
            locations[spec.Field(key)] = (table!.File, table.LineOf(key));
            if (key == AllKey)
            {
                all = table.Number(key);
            }
            else
            {
                pairs.Add(new(ParseCorridor(table, key, spec.Field(key), "ALL or "), table.Number(key)));
            }
        }

        return (all, LeverMap<Corridor, double>.Of(pairs));
    }

    private static LeverMap<Corridor, RecognitionAgreement> Recognition(TomlTableNode? table, Dictionary<string, (string? File, long? Line)> locations)
    {
        var spec = DevelopmentLevers.CredentialRecognitionSpec;
        var (rate, delay) = (DevelopmentLevers.RecognitionRateSpec.Name, DevelopmentLevers.RecognitionDelaySpec.Name);
        var pairs = new List<KeyValuePair<Corridor, RecognitionAgreement>>();
        foreach (var key in table?.Keys ?? [])
        {
            var corridor = ParseCorridor(table!, key, spec.Field(key), string.Empty);
            var agreement = table!.OptionalTable(key) ?? throw Error(table, key, spec.Field(key), $"write a table with {rate} and {delay}");
            agreement.RejectUnknownKeys(rate, delay);
            locations[spec.Field(key)] = (agreement.File, agreement.LineOf(rate));
            pairs.Add(new(corridor, new RecognitionAgreement(agreement.Number(rate), agreement.OptionalNumber(delay) ?? DevelopmentLevers.RecognitionDelaySpec.Default ?? 0)));
        }

        return LeverMap<Corridor, RecognitionAgreement>.Of(pairs);
    }

    private static Corridor ParseCorridor(TomlTableNode table, string key, string field, string alternative) =>
        Corridor.TryParse(key, out var corridor) && corridor.ToString() == key ? corridor
            : throw Error(table, key, field, $"'{key}' is not {alternative}a corridor: write HOST-ORIGIN with two different ISO3 codes, e.g. CAN-PHL");

    private static InputException Error(TomlTableNode table, string key, string field, string problem) => new(problem, table.File, table.LineOf(key), field);

    private static YearRange? Years(TomlTableNode table, string key)
    {
        if (!table.TryGet(key, out var node))
        {
            return null;
        }

        return node.Value is List<TomlValueNode> { Count: 2 } years && years.All(y => y.Value is long)
            ? new YearRange((int)(long)years[0].Value, (int)(long)years[1].Value)
            : throw Error(table, key, DevelopmentLevers.ExtraAdmissionsYearsSpec.Field(), "write [first, last] as two years, e.g. [2012, 2021]");
    }
}
