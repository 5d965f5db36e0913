using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Data.Store;
using Continuum.Web.Data;
using Continuum.Web.Security;
using Continuum.Web.Storage;

namespace Continuum.Web.Api;

/// <summary><c>/api/data</c>: indicators, areas, series (JSON and CSV) and corridors of the bilateral matrices.</summary>
public static class DataEndpoints
{
    /// <summary>Maps the data endpoints onto <paramref name="api"/>.</summary>
    public static void MapData(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/data/status", (StoreGate gate) => gate.Read(s => new StoreStatus(Path.GetFileName(s.Path), s.ObservationCount(),
                Convert.ToInt64(s.Scalar("SELECT count(*) FROM datasets"), System.Globalization.CultureInfo.InvariantCulture), gate.Version)))
            .WithName("GetStoreStatus").WithSummary("What the store holds.");

        api.MapGet("/data/indicators", (ResponseCache cache, DataCatalog catalog) =>
                ApiResults.JsonBytes(cache.GetOrAdd("indicators", () => ApiResults.ToJson(catalog.Indicators.Values.ToList()))))
            .WithName("GetIndicators").WithSummary("Every indicator in the store with its unit and vintages (newest first).")
            .Produces<List<IndicatorView>>();

        api.MapGet("/data/areas", (ResponseCache cache, DataCatalog catalog) =>
                ApiResults.JsonBytes(cache.GetOrAdd("areas", () => ApiResults.ToJson(catalog.Areas.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList()))))
            .WithName("GetAreas").WithSummary("The harmonised areas (countries and aggregates) with ISO3 and M49 codes.")
            .Produces<List<AreaView>>();

        api.MapSeries();
        api.MapDatasets();
    }

    /// <summary>An optional true/false query flag (absent is false); anything else is a 400 naming it.</summary>
    public static bool Flag(string? value, string field) => value switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw new InputException($"'{QueryArgs.Clip(value)}' is not true or false", field: field),
    };

    private static void MapDatasets(this IEndpointRouteBuilder api)
    {
        api.MapGet("/data/datasets", (StoreGate gate) => Results.Json(gate.Read(s => s.Datasets()), System.Text.Json.JsonSerializerOptions.Web))
            .WithName("GetDatasets").WithSummary("Every imported file: id, source, vintage, file name, SHA-256, values, when and by what it was imported, shipped or not.")
            .Produces<List<DatasetRecord>>();

        api.MapDelete("/data/datasets/{id}", (StoreGate gate, string id, [FromQuery] string? shipped) =>
            {
                var n = QueryArgs.Int(id, "id", 1, int.MaxValue, 0);
                var allowShipped = Flag(shipped, "shipped");
                if (!gate.Read(s => s.Datasets().Any(d => d.Id == n)))
                {
                    return ApiResults.Error(StatusCodes.Status404NotFound, $"no dataset '{QueryArgs.Clip(id)}'", "id");
                }

                return Results.Json(gate.Write(s => s.RemoveDataset(n, allowShipped)), System.Text.Json.JsonSerializerOptions.Web);
            })
            .AddEndpointFilter<RequireTokenFilter>()
            .WithName("DeleteDataset").WithSummary("Removes one dataset and all its values, atomically; shipped data only with shipped=true (imported again at the next start).")
            .Produces<DatasetRecord>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static void MapSeries(this IEndpointRouteBuilder api)
    {
        api.MapGet("/data/series", async (DataService data, DataCatalog catalog, [FromQuery] string? indicator, [FromQuery] string? areas,
                [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? vintage) =>
                ApiResults.JsonBytes(await data.SeriesJsonAsync(SeriesRequest.Parse(catalog, indicator, areas, from, to, vintage))))
            .WithName("GetSeries").WithSummary("One indicator for 1-12 areas (comma-separated codes) and a year range, with the vintage of each line.")
            .Produces<SeriesView>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/data/series.csv", async (DataService data, DataCatalog catalog, [FromQuery] string? indicator, [FromQuery] string? areas,
                [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? vintage) =>
            {
                var request = SeriesRequest.Parse(catalog, indicator, areas, from, to, vintage);
                return ApiResults.Csv(await data.SeriesCsvAsync(request), $"{request.Indicator}.csv");
            })
            .WithName("GetSeriesCsv").WithSummary("The same series as CSV (indicator,area,area_name,source,vintage,unit,year,value).")
            .Produces<string>(contentType: "text/csv");

        api.MapCorridors();
    }

    private static void MapCorridors(this IEndpointRouteBuilder api)
    {
        api.MapGet("/data/corridors", async (DataService data, DataCatalog catalog, [FromQuery] string? indicator, [FromQuery] string? area,
                [FromQuery] string? direction, [FromQuery] string? top, [FromQuery] string? all) =>
                ApiResults.JsonBytes(await data.CorridorsJsonAsync(CorridorRequest.Parse(catalog, indicator, area, direction, top, all))))
            .WithName("GetCorridors").WithSummary("Largest corridors of a bilateral matrix (KNOMAD.MIG.STOCK, KNOMAD.REM.BILAT), worldwide or from/to one country.")
            .Produces<CorridorView>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/data/corridors.csv", async (DataService data, DataCatalog catalog, [FromQuery] string? indicator, [FromQuery] string? area,
                [FromQuery] string? direction, [FromQuery] string? top, [FromQuery] string? all) =>
            {
                var request = CorridorRequest.Parse(catalog, indicator, area, direction, top, all);
                return ApiResults.Csv(await data.CorridorsCsvAsync(request), $"{request.Indicator}-{request.Area ?? "world"}-{request.Direction}.csv");
            })
            .WithName("GetCorridorsCsv").WithSummary("The same corridors as CSV (indicator,from,to,value,unit,vintage).")
            .Produces<string>(contentType: "text/csv");
    }
}
