using System.Text.Json;
using System.Text.Json.Serialization;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>
/// The scenario as JSON (System.Text.Json): property names in snake_case as in TOML, levers keyed by their spec names
/// (<see cref="LeverSpec.Name"/>), countries as ISO3 strings and corridors as <c>HOST-ORIGIN</c>. Unknown properties and
/// values that are not finite JSON numbers are <see cref="InputException"/>s naming the field. <c>Read(Write(s))</c> equals <c>s</c>.
/// </summary>
public static class ScenarioJson
{
    /// <summary>The converters of the scenario types, for any serializer options.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new Iso3JsonConverter(), new CorridorJsonConverter(), new LeverMapJsonConverterFactory(), new ValueListJsonConverterFactory(),
        new EngineLeversJsonConverter(), new DevelopmentLeversJsonConverter(),
    ];

    /// <summary>Options for a whole <see cref="Scenario"/>: snake_case, strict numbers, unknown properties refused.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The JSON of <paramref name="scenario"/> (without its source file).</summary>
    public static string Write(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    /// <summary>A scenario from <paramref name="json"/>; errors name the field.</summary>
    public static Scenario Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new InputException("the scenario is empty", field: "scenario");
        }
        catch (JsonException ex)
        {
            throw new InputException("not a scenario of the documented shape", field: ex.Path ?? "scenario");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
