using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Continuum.Models.Returns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Continuum.Web.Api;

/// <summary>One parameter as the API describes it (a <see cref="ParameterSpec"/> without infinities, which JSON cannot hold).</summary>
/// <param name="Name">Snake-case name: the query key.</param>
/// <param name="Option">The command line's option, e.g. <c>--demand-multiplier</c>.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Min">Smallest allowed value (exclusive when <paramref name="MinExclusive"/>), or null when unbounded or a text parameter.</param>
/// <param name="Max">Largest allowed value, or null when unbounded or a text parameter.</param>
/// <param name="MinExclusive">True when <paramref name="Min"/> itself is not allowed.</param>
/// <param name="Whole">True when only whole numbers are allowed.</param>
/// <param name="Choices">The allowed words of a text parameter (the first is the default); empty for numbers.</param>
/// <param name="Default">The default value, or null when it comes from data or another parameter.</param>
/// <param name="DefaultText">The default as people read it.</param>
/// <param name="Range">The allowed values as people read them.</param>
/// <param name="Help">One sentence: what the parameter means.</param>
public sealed record ParameterSchema(string Name, string Option, string Unit, double? Min, double? Max, bool MinExclusive, bool Whole,
    IReadOnlyList<string> Choices, double? Default, string DefaultText, string Range, string Help)
{
    /// <summary>The description of <paramref name="spec"/>.</summary>
    public static ParameterSchema Of(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = spec.Choices.Count > 0;
        return new ParameterSchema(spec.Name, spec.OptionName, spec.Unit, text || !double.IsFinite(spec.Min) ? null : spec.Min,
            text || !double.IsFinite(spec.Max) ? null : spec.Max, spec.MinExclusive, spec.Whole, spec.Choices, spec.Default, spec.DefaultShown,
            spec.RangeShown, spec.Help);
    }
}

/// <summary><c>/api/schema/models</c>: every model's parameters, so that a page can build and label its inputs from them.</summary>
public static class SchemaEndpoints
{
    /// <summary>The models whose query is bound from specs, by their name in URLs.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<ParameterSpec>> Models = new Dictionary<string, IReadOnlyList<ParameterSpec>>
    {
        ["host-economy"] = HostEconomySpecs.All,
        ["brain-gain"] = BrainGainSpecs.All,
        ["returns"] = MigrationReturnsSpecs.All,
    };

    /// <summary>Maps the schema endpoints onto <paramref name="api"/>.</summary>
    public static void MapSchema(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var all = ApiResults.ToJson(Models.ToDictionary(m => m.Key, m => m.Value.Select(ParameterSchema.Of).ToList()));
        api.MapGet("/schema/models", () => ApiResults.JsonBytes(all))
            .WithName("ModelSchemas")
            .WithSummary("Every model's parameters by model name: query key, command-line option, unit, range, default and help.")
            .Produces<Dictionary<string, ParameterSchema[]>>();
        api.MapGet("/schema/models/{name}", (string name) => Models.TryGetValue(name, out var specs)
                ? ApiResults.JsonBytes(ApiResults.ToJson(specs.Select(ParameterSchema.Of).ToList()))
                : ApiResults.Error(StatusCodes.Status404NotFound, $"no model is called '{QueryArgs.Clip(name)}'; use one of {string.Join(", ", Models.Keys)}", "name"))
            .WithName("ModelSchema")
            .WithSummary("One model's parameters: query key, command-line option, unit, range, default and help.")
            .Produces<ParameterSchema[]>().Produces<ApiError>(StatusCodes.Status404NotFound);
    }
}
