using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Models;

namespace Continuum.Web.Api;

/// <summary><c>/api/models</c>: the analytic models with their settings, and their documentation.</summary>
public static class ModelEndpoints
{
    private const string Markdown = "text/markdown; charset=utf-8";

    /// <summary>Maps the model endpoints onto <paramref name="api"/>.</summary>
    public static void MapModels(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/models/host-economy", (HostEconomyService model, [AsParameters] HostEconomyQuery query) => ApiResults.JsonBytes(model.RunJson(query)))
            .WithName("RunHostEconomy")
            .WithSummary("The host-economy model for Canada: base against base plus extra admissions, every indicator by year (docs/models/host-economy.md).")
            .WithDescription("extra_admissions 0-5,000,000 a year (default 100000); from 2006-2014 (2012); years 1-50 (10); horizon years-60 (years); "
                + "base_population wpp or projection; overrides of the data-based values: relative_productivity 0-1.5, productivity_convergence_years 0.1-200, "
                + "emigration_rate 0-0.5, labour_share 0.3-0.9, capital_adjustment 0-1, demand_multiplier 0-3, okun 0-2, population_scaled_spending 0-1.")
            .Produces<HostEconomyView>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapPost("/models/host-economy", async (HostEconomyService model, HttpRequest request, [AsParameters] HostEconomyQuery query,
                CancellationToken cancellationToken) =>
                await ModelUpload.ReadAsync(request.Body, cancellationToken).ConfigureAwait(false) is { } csv
                    ? ApiResults.JsonBytes(model.RunWithExtraLabourJson(query, csv))
                    : TooLarge("the extra-labour file", "continuum model host-economy --extra-labour FILE"))
            .WithName("RunHostEconomyWithExtraLabour")
            .WithSummary("The host-economy model with the extra labour from the body (`--extra-labour`): CSV year,population,adults,employment,effective_labour, at most 1 MB.")
            .WithDescription("Same query parameters as GET; errors name the line and column of 'upload'.")
            .Accepts<string>("text/csv")
            .Produces<HostEconomyView>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/models/host-economy/sensitivity", (HostEconomyService model, [AsParameters] HostEconomyQuery query) =>
                ApiResults.JsonBytes(model.SensitivityJson(query)))
            .WithName("HostEconomySensitivity")
            .WithSummary("The year-10 effects under one-at-a-time parameter changes, as `continuum model host-economy --sensitivity`; same parameters.")
            .Produces<ModelTable>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapProjection();
        api.MapBrainGain();
        api.MapInequality();
        api.MapReturns();
        api.MapGet("/models/{name}/doc", (ModelDocs docs, string name) =>
                docs.Markdown(name) is { } body ? Results.Bytes(body, Markdown)
                    : ApiResults.Error(StatusCodes.Status404NotFound, $"no model is called '{QueryArgs.Clip(name)}'; use one of {string.Join(", ", ModelDocs.Names)}", "name"))
            .WithName("ModelDoc")
            .WithSummary("A model's documentation (docs/models/{name}.md as markdown): equations, parameters, sources, validation.")
            .Produces<string>(contentType: "text/markdown").Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static void MapProjection(this IEndpointRouteBuilder api)
    {
        api.MapGet("/models/projection", (ProjectionService model, [FromQuery] string? area, [FromQuery] string? from, [FromQuery] string? to,
                [FromQuery] string? variant, [FromQuery] string? migration, [FromQuery] string? step) =>
                ApiResults.JsonBytes(model.RunJson(area, from, to, variant, migration, step)))
            .WithName("RunProjection")
            .WithSummary("Cohort-component projection from the WPP 2019 population, as `continuum project` (docs/models/projection.md).")
            .WithDescription("area: ISO3, M49 code or WPP name (default CAN); from: multiple of 5, 1950-2095 (2020); to: after from, up to 2100 (2050); "
                + "variant: medium; migration: medium or zero; step: 5 or 1 (with step 5, to - from is a multiple of 5).")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapPost("/models/projection", async (ProjectionService model, HttpRequest request, [FromQuery] string? area, [FromQuery] string? from,
                [FromQuery] string? to, [FromQuery] string? variant, [FromQuery] string? step, CancellationToken cancellationToken) =>
                await ModelUpload.ReadAsync(request.Body, cancellationToken).ConfigureAwait(false) is { } csv
                    ? ApiResults.JsonBytes(model.RunWithMigrationFileJson(area, from, to, variant, step, csv))
                    : TooLarge("the migration file", "continuum project --migration file --migration-file FILE"))
            .WithName("RunProjectionWithMigrationFile")
            .WithSummary("The projection with net migration from the body (`--migration file`): CSV period_start,sex,age_start,net_migration_thousands, at most 1 MB.")
            .WithDescription("Same query parameters as GET (without migration). Every projected 5-year period must be in the file; errors name the line and column of 'upload'.")
            .Accepts<string>("text/csv")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/models/workforce", (WorkforceService model, [FromQuery] string? areas, [FromQuery] string? years, [FromQuery] string? ages) =>
                ApiResults.JsonBytes(model.RunJson(areas, years, ages)))
            .WithName("RunWorkforce")
            .WithSummary("Working-age population of areas in two years from the WPP 2019 population, as `continuum workforce` (docs/models/projection.md).")
            .WithDescription("areas: 1-12 ISO3, M49 codes or WPP names, comma-separated (default 903,935 = Africa, Asia); years: two increasing multiples of 5, "
                + "1950-2100 (2005,2050); ages: whole 5-year groups, e.g. 15-64 (default) or 15-59, 100 = 100+.")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/projection/areas", (ProjectionService model) => ApiResults.JsonBytes(model.AreasJson()))
            .WithName("ProjectionAreas")
            .WithSummary("The areas the projection accepts (data/demography/locations.csv).")
            .Produces<ProjectionArea[]>();
    }

    private static void MapBrainGain(this IEndpointRouteBuilder api) =>
        api.MapGet("/models/brain-gain", (BrainGainService model, [AsParameters] BrainGainQuery query) => ApiResults.JsonBytes(model.RunJson(query)))
            .WithName("RunBrainGain")
            .WithSummary("Brain drain and brain gain on a grid of the emigration probability p, as `continuum model brain-gain` (docs/models/brain-gain.md).")
            .WithDescription("model: two-period (default) or bdr; steps 1-1000 (20); p_max in (0, 1] (1); bdr: cost_min (0), cost_max (1), c0 (0.3), delta (0.4); "
                + "two-period overrides of the documented example: foreign_wage (2.0), home_preference >= 1 (1.7), return_premium (0.3), migration_cost (0.1), schooling_cost (0.676).")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);

    private static void MapInequality(this IEndpointRouteBuilder api)
    {
        api.MapGet("/models/inequality", (InequalityService model, [FromQuery] string? example) => ApiResults.JsonBytes(model.ExampleJson(example)))
            .WithName("RunInequalityExample")
            .WithSummary("Gini decomposition by income source of a shipped household example, as `continuum model inequality` (docs/models/inequality.md).")
            .WithDescription("example: a file of data/examples/households-*.csv without .csv (default households-synthetic); see /api/models/inequality/examples.")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/inequality/examples", (InequalityService model) => Results.Json(model.Examples))
            .WithName("InequalityExamples")
            .WithSummary("The shipped household examples.")
            .Produces<string[]>();
        api.MapPost("/models/inequality", async (HttpRequest request, CancellationToken cancellationToken) =>
                await ModelUpload.ReadAsync(request.Body, cancellationToken).ConfigureAwait(false) is { } csv
                    ? ApiResults.JsonBytes(InequalityService.UploadJson(csv))
                    : TooLarge("the household file", "continuum model inequality --input FILE"))
            .WithName("RunInequalityUpload")
            .WithSummary("Gini decomposition of an uploaded household CSV (body, text/csv, at most 1 MB): household_id, optional weight, one column per income source.")
            .WithDescription("Checked as the command checks a file: errors are 400 naming the line and column, e.g. 'upload:3: field 'farm': -3 is outside the allowed range [0, ∞)'.")
            .Accepts<string>("text/csv")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
    }

    private static IResult TooLarge(string what, string command) => ApiResults.Error(StatusCodes.Status413PayloadTooLarge,
        $"{what} is larger than {ModelUpload.MaxBytes / 1024} KB; run `{command}` for large files", "body");

    private static void MapReturns(this IEndpointRouteBuilder api)
    {
        api.MapGet("/models/returns", (ReturnsService model, [AsParameters] ReturnsQuery query) => ApiResults.JsonBytes(model.RunJson(query)))
            .WithName("RunReturns")
            .WithSummary("Private and social returns to one emigrant's career, as `continuum model returns` (docs/models/returns.md).")
            .WithDescription("Every parameter of the returns parameter file may be given; the others come from data/parameters/caribbean-nurse.csv "
                + "(see /api/models/returns/parameters). Ranges as in the parameter file; errors name the parameter.")
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/returns/parameters", (ReturnsService model) => ApiResults.JsonBytes(model.ParametersJson()))
            .WithName("ReturnsParameters")
            .WithSummary("The shipped example's parameters with value, unit and source (data/parameters/caribbean-nurse.csv).")
            .Produces<ReturnsParameter[]>();
    }
}
