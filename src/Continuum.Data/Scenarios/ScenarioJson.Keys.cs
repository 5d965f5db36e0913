using System.Text.Json;
using System.Text.Json.Serialization;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>An <see cref="Iso3"/> as a JSON string (also as a property name).</summary>
public sealed class Iso3JsonConverter : JsonConverter<Iso3>
{
    /// <inheritdoc />
    public override Iso3 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Iso3 value, JsonSerializerOptions options) => writer?.WriteStringValue(value.Code);

    /// <inheritdoc />
    public override Iso3 ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Iso3 value, JsonSerializerOptions options) => writer?.WritePropertyName(value.Code);

    private static Iso3 Parse(string? text) => Iso3.TryParse(text, out var code) && code.Code == text ? code : throw new JsonException("not an ISO3 code");
}

/// <summary>A <see cref="Corridor"/> as a JSON string <c>HOST-ORIGIN</c> (also as a property name).</summary>
public sealed class CorridorJsonConverter : JsonConverter<Corridor>
{
    /// <inheritdoc />
    public override Corridor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Corridor value, JsonSerializerOptions options) => writer?.WriteStringValue(value.ToString());

    /// <inheritdoc />
    public override Corridor ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Corridor value, JsonSerializerOptions options) => writer?.WritePropertyName(value.ToString());

    private static Corridor Parse(string? text) =>
        Corridor.TryParse(text, out var corridor) && corridor.ToString() == text ? corridor : throw new JsonException("not a corridor");
}

/// <summary>A <see cref="LeverMap{TKey,TValue}"/> as a JSON object.</summary>
public sealed class LeverMapJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is not null && typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(LeverMap<,>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var args = typeToConvert.GetGenericArguments();
        return (JsonConverter)Activator.CreateInstance(typeof(MapConverter<,>).MakeGenericType(args))!;
    }

    private sealed class MapConverter<TKey, TValue> : JsonConverter<LeverMap<TKey, TValue>>
        where TKey : notnull
    {
        public override LeverMap<TKey, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pairs = JsonSerializer.Deserialize<Dictionary<TKey, TValue>>(ref reader, options) ?? throw new JsonException("null");
            return LeverMap<TKey, TValue>.Of(pairs);
        }

        public override void Write(Utf8JsonWriter writer, LeverMap<TKey, TValue> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToDictionary(p => p.Key, p => p.Value), options);
    }
}

/// <summary>A <see cref="ValueList{T}"/> as a JSON array.</summary>
public sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is not null && typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;
    }

    private sealed class ListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? throw new JsonException("null"));

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }
}
