using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Continuum.Web.Api;

/// <summary>
/// The query keys an endpoint takes, read from its handler's own declarations — <c>[FromQuery]</c> parameters and the
/// <c>[FromQuery(Name = …)]</c> properties of an <c>[AsParameters]</c> type, and the <see cref="SpecQuery"/> of a model
/// endpoint bound by <see cref="SpecBinder"/> — the same declarations the OpenAPI document is generated from, so validation
/// and documentation cannot disagree.
/// </summary>
public static class QueryKeys
{
    private static readonly ConcurrentDictionary<Endpoint, IReadOnlyList<string>?> Cache = new();

    /// <summary>The keys <paramref name="endpoint"/> takes, or null when it is not a handler whose parameters can be read.</summary>
    public static IReadOnlyList<string>? For(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        // A catch-all route (the API's 404 fallback) answers whatever was asked; its answer is the 404.
        return Cache.GetOrAdd(endpoint, static e => e.Metadata.GetMetadata<MethodInfo>() is { } method
                                                    && (e as RouteEndpoint)?.RoutePattern.Parameters.Any(p => p.IsCatchAll) != true
            ? [.. Read(method, e as RouteEndpoint), .. e.Metadata.GetMetadata<SpecQuery>()?.Specs.Select(s => s.Name) ?? []] : null);
    }

    /// <summary>A 400 for the first key of <paramref name="query"/> the endpoint does not take (with the closest key it does), or a repeated key; else null.</summary>
    public static ApiError? Check(IQueryCollection query, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(allowed);
        foreach (var (key, values) in query)
        {
            if (!allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var hint = Spelling.DidYouMean(key, allowed);
                var takes = allowed.Count == 0 ? "; this endpoint takes no query parameters"
                    : hint.Length > 0 ? hint : "; it takes " + string.Join(", ", allowed);
                return new ApiError(StatusCodes.Status400BadRequest, $"'{QueryArgs.Clip(key)}' is not a parameter of this endpoint{takes}", key);
            }

            if (values.Count > 1)
            {
                return new ApiError(StatusCodes.Status400BadRequest, $"give '{key}' once (it appears {values.Count} times)", key);
            }
        }

        return null;
    }

    private static List<string> Read(MethodInfo method, RouteEndpoint? route)
    {
        var routeNames = route?.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var keys = new List<string>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                keys.AddRange(parameter.ParameterType.GetProperties()
                    .Select(p => p.GetCustomAttribute<FromQueryAttribute>() is { } q ? q.Name ?? p.Name : null).OfType<string>());
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                keys.Add(query.Name ?? parameter.Name!);
            }
            else if (IsImplicitQuery(parameter, routeNames))
            {
                keys.Add(parameter.Name!);
            }
        }

        return keys;
    }

    /// <summary>Minimal APIs bind a simple parameter that is not in the route from the query string too.</summary>
    private static bool IsImplicitQuery(ParameterInfo parameter, HashSet<string> routeNames)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var simple = type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime);
        return simple && parameter.Name is not null && !routeNames.Contains(parameter.Name)
               && parameter.GetCustomAttributes().All(a => a is not (FromRouteAttribute or FromServicesAttribute or FromHeaderAttribute or FromBodyAttribute));
    }
}
