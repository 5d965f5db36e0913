using System.Text.Json;
using System.Text.Json.Serialization;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary><see cref="EngineLevers"/> as a JSON object keyed by lever name (<see cref="EngineLevers.Specs"/>), e.g. <c>{"admissions": {"CAN": 350000}}</c>.</summary>
public sealed class EngineLeversJsonConverter : JsonConverter<EngineLevers>
{
    /// <inheritdoc />
    public override EngineLevers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var levers = EngineLevers.None;
        LeverJson.Object(ref reader, "levers");
        while (LeverJson.NextProperty(ref reader, out var name))
        {
            var spec = LeverJson.Spec(EngineLevers.Specs, name, string.Empty);
            levers = levers.With(spec, LeverJson.CountryMap(ref reader, spec));
        }

        return levers;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EngineLevers value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var spec in EngineLevers.Specs.Where(s => value.Of(s).Count > 0))
        {
            LeverJson.WriteMap(writer, spec.Name, value.Of(spec).Select(p => (p.Key.Code, p.Value)));
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// <see cref="DevelopmentLevers"/> as a JSON object keyed by lever name (<see cref="DevelopmentLevers.Specs"/>), e.g.
/// <c>{"LEVER": {"ALL": 0.03}, "CORRIDOR_LEVER": {"CAN-PHL": {"rate": 1, "delay_years": 1}}}</c>, names and shapes as in <see cref="Continuum.Core.Scenario.DevelopmentLevers.Specs"/>.
/// </summary>
public sealed class DevelopmentLeversJsonConverter : JsonConverter<DevelopmentLevers>
{
    /// <inheritdoc />
    public override DevelopmentLevers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var levers = DevelopmentLevers.None;
        LeverJson.Object(ref reader, DevelopmentLevers.Table);
        while (LeverJson.NextProperty(ref reader, out var name))
        {
            var spec = LeverJson.Spec(DevelopmentLevers.Specs, name, DevelopmentLevers.Table);
            levers = spec.Key switch
            {
                LeverKeyKind.Scalar => levers with { UnderemploymentPenalty = LeverJson.Number(ref reader, spec.Field()) },
                LeverKeyKind.YearRange => levers with { ExtraAdmissionsYears = LeverJson.Years(ref reader, spec) },
                LeverKeyKind.AllOrCorridor => LeverJson.RemittanceCost(ref reader, levers),
                LeverKeyKind.CorridorTable => levers with { CredentialRecognition = LeverJson.Recognition(ref reader) },
                _ => levers.With(spec, LeverJson.CountryMap(ref reader, spec)),
            };
        }

        return levers;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DevelopmentLevers value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.UnderemploymentPenalty is { } penalty)
        {
            writer.WriteNumber(DevelopmentLevers.UnderemploymentPenaltySpec.Name, penalty);
        }

        var costs = value.RemittanceCost.Select(p => (p.Key.ToString(), p.Value));
        if (value.RemittanceCostAll is { } all)
        {
            costs = costs.Prepend((LeverJson.All, all));
        }

        LeverJson.WriteMap(writer, DevelopmentLevers.RemittanceCostSpec.Name, costs);
        foreach (var spec in DevelopmentLevers.CountrySpecs)
        {
            LeverJson.WriteMap(writer, spec.Name, value.Of(spec).Select(p => (p.Key.Code, p.Value)));
        }

        if (value.ExtraAdmissionsYears is { } years)
        {
            writer.WriteStartArray(DevelopmentLevers.ExtraAdmissionsYearsSpec.Name);
            writer.WriteNumberValue(years.First);
            writer.WriteNumberValue(years.Last);
            writer.WriteEndArray();
        }

        if (value.CredentialRecognition.Count > 0)
        {
            writer.WriteStartObject(DevelopmentLevers.CredentialRecognitionSpec.Name);
            foreach (var (corridor, agreement) in value.CredentialRecognition)
            {
                writer.WriteStartObject(corridor.ToString());
                writer.WriteNumber(DevelopmentLevers.RecognitionRateSpec.Name, agreement.Rate);
                writer.WriteNumber(DevelopmentLevers.RecognitionDelaySpec.Name, agreement.DelayYears);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
