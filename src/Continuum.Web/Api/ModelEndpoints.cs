using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Continuum.Models.Returns;
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
        api.MapGet("/models/host-economy", (HostEconomyService model, HttpRequest request) => ApiResults.JsonBytes(model.RunJson(HostEconomy(request))))
            .WithName("RunHostEconomy")
            .WithSummary("The host-economy model for Canada: base against base plus extra admissions, every indicator by year (docs/models/host-economy.md).")
            .WithDescription("The scenario (extra_admissions, from, years, horizon, base_population) and overrides of the data-based values; "
                + "every parameter with its unit, range and default is in /api/schema/models.")
            .WithSpecs(HostEconomySpecs.All)
            .Produces<HostEconomyView>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/host-economy.csv", (HostEconomyService model, HttpRequest request) =>
                ApiResults.Csv(model.RunCsv(HostEconomy(request)), "host-economy.csv"))
            .WithName("RunHostEconomyCsv")
            .WithSummary("The same run as CSV, as `continuum model host-economy --format csv` (year,indicator,base,scenario,difference,unit).")
            .WithSpecs(HostEconomySpecs.All)
            .Produces<string>(contentType: "text/csv").Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapPost("/models/host-economy", async (HostEconomyService model, HttpRequest request, CancellationToken cancellationToken) =>
                await ModelUpload.ReadAsync(request.Body, cancellationToken).ConfigureAwait(false) is { } csv
                    ? ApiResults.JsonBytes(model.RunWithExtraLabourJson(HostEconomy(request), csv))
                    : TooLarge("the extra-labour file", "continuum model host-economy --extra-labour FILE"))
            .WithName("RunHostEconomyWithExtraLabour")
            .WithSummary("The host-economy model with the extra labour from the body (`--extra-labour`): CSV year,population,adults,employment,effective_labour, at most 1 MB.")
            .WithDescription("Same query parameters as GET; errors name the line and column of 'upload'.")
            .WithSpecs(HostEconomySpecs.All)
            .Accepts<string>("text/csv")
            .Produces<HostEconomyView>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/models/host-economy/sensitivity", (HostEconomyService model, HttpRequest request) =>
                ApiResults.JsonBytes(model.SensitivityJson(HostEconomy(request))))
            .WithName("HostEconomySensitivity")
            .WithSummary("The year-10 effects under one-at-a-time parameter changes, as `continuum model host-economy --sensitivity`; same parameters.")
            .WithSpecs(HostEconomySpecs.All)
            .Produces<ModelTable>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/host-economy/sensitivity.csv", (HostEconomyService model, HttpRequest request) =>
                ApiResults.Csv(model.SensitivityCsv(HostEconomy(request)), "host-economy-sensitivity.csv"))
            .WithName("HostEconomySensitivityCsv")
            .WithSummary("The sensitivity table as CSV, as `continuum model host-economy --sensitivity --format csv`.")
            .WithSpecs(HostEconomySpecs.All)
            .Produces<string>(contentType: "text/csv").Produces<ApiError>(StatusCodes.Status400BadRequest);
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

    private static void MapBrainGain(this IEndpointRouteBuilder api)
    {
        api.MapGet("/models/brain-gain", (BrainGainService model, HttpRequest request) =>
                ApiResults.JsonBytes(model.RunJson(SpecBinder.Bind(request.Query, BrainGainSpecs.All))))
            .WithName("RunBrainGain")
            .WithSummary("Brain drain and brain gain on a grid of the emigration probability p, as `continuum model brain-gain` (docs/models/brain-gain.md).")
            .WithDescription("model: two-period (default) or bdr; the grid of p; bdr: cost_min, cost_max, c0, delta; two-period: overrides of the documented example. "
                + "Every parameter with its unit, range and default is in /api/schema/models.")
            .WithSpecs(BrainGainSpecs.All)
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/brain-gain.csv", (BrainGainService model, HttpRequest request) =>
                ApiResults.Csv(model.RunCsv(SpecBinder.Bind(request.Query, BrainGainSpecs.All)), "brain-gain.csv"))
            .WithName("RunBrainGainCsv")
            .WithSummary("The chosen model's table as CSV, as `continuum model brain-gain --format csv`.")
            .WithSpecs(BrainGainSpecs.All)
            .Produces<string>(contentType: "text/csv").Produces<ApiError>(StatusCodes.Status400BadRequest);
    }

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

    private static SpecValues HostEconomy(HttpRequest request) => SpecBinder.Bind(request.Query, HostEconomySpecs.All);

    private static IResult TooLarge(string what, string command) => ApiResults.Error(StatusCodes.Status413PayloadTooLarge,
        $"{what} is larger than {ModelUpload.MaxBytes / 1024} KB; run `{command}` for large files", "body");

    private static void MapReturns(this IEndpointRouteBuilder api)
    {
        api.MapGet("/models/returns", (ReturnsService model, HttpRequest request) =>
                ApiResults.JsonBytes(model.RunJson(SpecBinder.Bind(request.Query, MigrationReturnsSpecs.All))))
            .WithName("RunReturns")
            .WithSummary("Private and social returns to one emigrant's career, as `continuum model returns` (docs/models/returns.md).")
            .WithDescription("Every parameter of the returns parameter file may be given; the others come from data/parameters/caribbean-nurse.csv "
                + "(see /api/models/returns/parameters). Ranges as in the parameter file; errors name the parameter.")
            .WithSpecs(MigrationReturnsSpecs.All)
            .Produces<ModelResult>().Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/returns.csv", (ReturnsService model, HttpRequest request) =>
                ApiResults.Csv(model.RunCsv(SpecBinder.Bind(request.Query, MigrationReturnsSpecs.All)), "returns.csv"))
            .WithName("RunReturnsCsv")
            .WithSummary("The result table as CSV, as `continuum model returns --format csv` (measure,party,value,unit).")
            .WithSpecs(MigrationReturnsSpecs.All)
            .Produces<string>(contentType: "text/csv").Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapGet("/models/returns/parameters", (ReturnsService model) => ApiResults.JsonBytes(model.ParametersJson()))
            .WithName("ReturnsParameters")
            .WithSummary("The shipped example's parameters with value, unit and source (data/parameters/caribbean-nurse.csv).")
            .Produces<ReturnsParameter[]>();
    }
}
