using System.Text.Json;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>Reading and writing lever values in JSON, by spec; every error is an <see cref="InputException"/> naming the field.</summary>
internal static class LeverJson
{
    public const string All = "ALL";

    public static void Object(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InputException("must be a JSON object keyed by lever name", field: field);
        }
    }

    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    public static LeverSpec Spec(IReadOnlyList<LeverSpec> specs, string name, string table)
    {
        var spec = specs.FirstOrDefault(s => s.Name == name);
        var field = table.Length == 0 ? name : table + "." + name;
        return spec ?? throw new InputException($"'{Clip(name)}' is not a lever here; use {string.Join(", ", specs.Select(s => s.Name))}", field: Clip(field));
    }

    public static double Number(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new InputException("must be a finite JSON number (not text in quotes, null, NaN or Infinity)", field: field);

    public static LeverMap<Iso3, double> CountryMap(ref Utf8JsonReader reader, LeverSpec spec)
    {
        Object(ref reader, spec.Field());
        var pairs = new List<KeyValuePair<Iso3, double>>();
        while (NextProperty(ref reader, out var key))
        {
            var field = spec.Field(Clip(key));
            var country = Iso3.TryParse(key, out var code) && code.Code == key ? code
                : throw new InputException($"'{Clip(key)}' is not an ISO3 country code (three upper-case letters)", field: field);
            pairs.Add(new(country, Number(ref reader, field)));
        }

        return LeverMap<Iso3, double>.Of(pairs);
    }

    public static DevelopmentLevers RemittanceCost(ref Utf8JsonReader reader, DevelopmentLevers levers)
    {
        var spec = DevelopmentLevers.RemittanceCostSpec;
        Object(ref reader, spec.Field());
        var pairs = new List<KeyValuePair<Corridor, double>>();
        double? all = null;
        while (NextProperty(ref reader, out var key))
        {
            var field = spec.Field(Clip(key));
            if (key == All)
            {
                all = Number(ref reader, field);
                continue;
            }

            pairs.Add(new(Corridor(key, field, "ALL or "), Number(ref reader, field)));
        }

        return levers with { RemittanceCostAll = all, RemittanceCost = LeverMap<Corridor, double>.Of(pairs) };
    }

    public static LeverMap<Corridor, RecognitionAgreement> Recognition(ref Utf8JsonReader reader)
    {
        var spec = DevelopmentLevers.CredentialRecognitionSpec;
        var (rateSpec, delaySpec) = (DevelopmentLevers.RecognitionRateSpec, DevelopmentLevers.RecognitionDelaySpec);
        Object(ref reader, spec.Field());
        var pairs = new List<KeyValuePair<Corridor, RecognitionAgreement>>();
        while (NextProperty(ref reader, out var key))
        {
            var field = spec.Field(Clip(key));
            var corridor = Corridor(key, field, string.Empty);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InputException($"write {{\"{rateSpec.Name}\": 0.8, \"{delaySpec.Name}\": 1}}", field: field);
            }

            double? rate = null;
            double delay = delaySpec.Default ?? 0;
            while (NextProperty(ref reader, out var name))
            {
                if (name == rateSpec.Name)
                {
                    rate = Number(ref reader, field + "." + name);
                }
                else if (name == delaySpec.Name)
                {
                    delay = Number(ref reader, field + "." + name);
                }
                else
                {
                    throw new InputException($"'{Clip(name)}' is not a field here; use {rateSpec.Name}, {delaySpec.Name}", field: field + "." + Clip(name));
                }
            }

            var given = rate ?? throw new InputException($"'{rateSpec.Name}' is missing", field: field + "." + rateSpec.Name);
            pairs.Add(new(corridor, new RecognitionAgreement(given, delay)));
        }

        return LeverMap<Corridor, RecognitionAgreement>.Of(pairs);
    }

    public static YearRange Years(ref Utf8JsonReader reader, LeverSpec spec)
    {
        var years = new List<double>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                years.Add(Number(ref reader, spec.Field()));
            }
        }

        return years.Count == 2 && years.All(y => y == Math.Floor(y) && Math.Abs(y) < 10_000)
            ? new YearRange((int)years[0], (int)years[1])
            : throw new InputException("write [first, last] as two years, e.g. [2012, 2021]", field: spec.Field());
    }

    public static void WriteMap(Utf8JsonWriter writer, string name, IEnumerable<(string Key, double Value)> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in list)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
    }

    private static Corridor Corridor(string key, string field, string alternative) =>
        Core.Scenario.Corridor.TryParse(key, out var corridor) && corridor.ToString() == key ? corridor
            : throw new InputException($"'{Clip(key)}' is not {alternative}a corridor: write HOST-ORIGIN with two different ISO3 codes, e.g. CAN-PHL", field: field);

    private static string Clip(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }
}
