using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Continuum.Web.Api;

/// <summary>
/// Reads JSON request bodies strictly: an unknown property, a number sent as text, NaN, Infinity or a number out of its
/// field's range is an <see cref="InputException"/> naming the field by its JSON path (answered as 400), with the
/// closest known property for a misspelt one. The serializer's own messages never reach the caller.
/// </summary>
public static class StrictJson
{
    /// <summary>The web's camelCase naming, unknown properties disallowed, numbers only as JSON numbers.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new FiniteDoubleConverter() },
    };

    /// <summary>Reads a <typeparamref name="T"/> from the request body; <paramref name="example"/> is shown when the body is empty.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, string example)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted).ConfigureAwait(false)
                   ?? throw new InputException($"the body is empty; send {example}", field: "body");
        }
        catch (JsonException ex)
        {
            throw Explain(typeof(T), ex.Path);
        }
    }

    /// <summary>The error for a failure at JSON <paramref name="path"/> (<c>$.development.returnPremium.ROU</c>) while reading <paramref name="type"/>.</summary>
    public static InputException Explain(Type type, string? path)
    {
        ArgumentNullException.ThrowIfNull(type);
        var segments = Segments(path);
        if (segments.Count == 0)
        {
            return new InputException("the request body is not valid JSON (one object, double quotes, no trailing commas)", field: "body");
        }

        var field = string.Join('.', segments);
        var info = Options.GetTypeInfo(type);
        for (var i = 0; i < segments.Count; i++)
        {
            if (info.Kind == JsonTypeInfoKind.Dictionary)
            {
                info = Options.GetTypeInfo(info.ElementType!);
                continue;
            }

            var property = info.Kind == JsonTypeInfoKind.Object ? info.Properties.FirstOrDefault(p => p.Name == segments[i]) : null;
            if (property is null)
            {
                var known = info.Properties.Select(p => p.Name).ToList();
                var hint = Spelling.DidYouMean(segments[i], known);
                return new InputException($"'{segments[i]}' is not a property here{(hint.Length > 0 ? hint : "; use " + string.Join(", ", known))}", field: field);
            }

            info = Options.GetTypeInfo(property.PropertyType);
        }

        return new InputException($"must be {Expected(info.Type)}", field: field);
    }

    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(t) switch
        {
            TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 =>
                $"a whole JSON number from 0 to {t.GetField("MaxValue")!.GetValue(null)} (not text in quotes)",
            TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 =>
                $"a whole JSON number from {t.GetField("MinValue")!.GetValue(null)} to {t.GetField("MaxValue")!.GetValue(null)} (not text in quotes)",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a finite JSON number (not text in quotes, NaN or Infinity)",
            TypeCode.Boolean => "true or false",
            TypeCode.String => "text in double quotes",
            _ => "a JSON " + (Options.GetTypeInfo(t).Kind is JsonTypeInfoKind.Enumerable ? "array" : "object") + " of the documented shape",
        };
    }

    /// <summary>"$.a.b['c d'][0]" → a, b, c d, 0.</summary>
    private static List<string> Segments(string? path) =>
        (path ?? "$").TrimStart('$').Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal)
            .Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Refuses numbers that overflow to ±Infinity (<c>1e400</c>), which the serializer would otherwise accept.</summary>
    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : double.NaN;
            return double.IsFinite(value) ? value : throw new JsonException("not a finite number");
        }

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }
}
