using Continuum.Web.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Continuum.Web.Api;

/// <summary>Endpoint metadata: the query parameters of an endpoint are these <see cref="ParameterSpec"/>s (read by <see cref="QueryKeys"/>).</summary>
/// <param name="Specs">The parameters, by their snake-case names.</param>
public sealed record SpecQuery(IReadOnlyList<ParameterSpec> Specs);

/// <summary>
/// Binds a model endpoint's query string through the model's parameter specs: the keys are the specs' names (an
/// unknown key is refused by <see cref="QueryKeys"/>), the OpenAPI document lists them with their help, unit, range and
/// default, and each value is parsed here (syntax only: a finite number, a whole number, a known word) while the range
/// is checked by the model's own validation, which names the same field.
/// </summary>
public static class SpecBinder
{
    /// <summary>The values of <paramref name="query"/> for <paramref name="specs"/> (absent or blank keys are null).</summary>
    public static SpecValues Bind(IQueryCollection query, IReadOnlyList<ParameterSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(specs);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (query.FirstOrDefault(q => string.Equals(q.Key, spec.Name, StringComparison.OrdinalIgnoreCase)).Value.ToString() is { Length: > 0 } value)
            {
                given[spec.Name] = value;
            }
        }

        return new SpecValues(given);
    }

    /// <summary>Declares that <paramref name="builder"/>'s endpoint takes <paramref name="specs"/> as its query, for the key check and OpenAPI.</summary>
    public static RouteHandlerBuilder WithSpecs(this RouteHandlerBuilder builder, IReadOnlyList<ParameterSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(specs);
        return builder.WithMetadata(new SpecQuery(specs)).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var spec in specs)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = spec.Name,
                    In = ParameterLocation.Query,
                    Description = $"{spec.Help} Unit: {(spec.Unit.Length > 0 ? spec.Unit : "-")}; allowed: {spec.RangeShown}; default: {spec.DefaultShown}.",
                    Schema = new OpenApiSchema { Type = spec.Choices.Count > 0 ? JsonSchemaType.String : spec.Whole ? JsonSchemaType.Integer : JsonSchemaType.Number },
                });
            }

            return Task.CompletedTask;
        });
    }
}

/// <summary>The query values given for a list of specs, parsed on demand; errors name the spec.</summary>
public sealed class SpecValues(IReadOnlyDictionary<string, string> given)
{
    /// <summary>The value of <paramref name="spec"/> as a finite number, or null when absent.</summary>
    public double? Number(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ModelArgs.Number(Raw(spec), spec.Name);
    }

    /// <summary>The value of <paramref name="spec"/> as a whole number, or null when absent.</summary>
    public int? Whole(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Raw(spec) is { } raw ? QueryArgs.Int(raw, spec.Name, int.MinValue, int.MaxValue, 0) : null;
    }

    /// <summary>The value of <paramref name="spec"/> as one of its choices (in its listed spelling), or null when absent.</summary>
    public string? Choice(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Raw(spec) is { } raw ? ModelArgs.Choice(QueryArgs.Text(raw, spec.Name), spec.Name, spec.Choices, spec.Choices[0]) : null;
    }

    /// <summary>The text given for <paramref name="spec"/> (trimmed, of reasonable length), or null when absent.</summary>
    public string? Text(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return QueryArgs.Text(Raw(spec), spec.Name);
    }

    private string? Raw(ParameterSpec spec) => given.TryGetValue(spec.Name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}
