using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Models.Projection;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>
/// The cohort-component projection (docs/models/projection.md) for the web, composed exactly as
/// <c>continuum project</c> composes it, with the same options, defaults and rules; <c>medium</c> and <c>zero</c>
/// migration by GET, a migration file as the body of a POST.
/// </summary>
public sealed class ProjectionService(ShippedDemography demography, ResponseCache cache)
{
    /// <summary>The migration assumptions offered on the web.</summary>
    public static readonly IReadOnlyList<string> Migrations = ["medium", "zero"];

    /// <summary>The table's columns: those of <c>continuum project --format table</c>.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
        ["year", "population_k", "age_0_14_k", "age_15_64_k", "age_65_plus_k", "births_k", "deaths_k", "net_migration_k", "wpp2019_population_k", "difference_pct"];

    /// <summary>Runs the projection (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(string? area, string? from, string? to, string? variant, string? migration, string? step)
    {
        var wpp = demography.Wpp;
        var location = wpp.Locations.Resolve(QueryArgs.Text(area, "area") ?? "CAN");
        var (first, last, years) = Span(from, to, step);
        ModelArgs.Choice(variant, "variant", ["medium"], "medium");
        if (string.Equals(migration?.Trim(), "file", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException("file needs the migration file as the body of a POST to /api/models/projection", field: "migration");
        }

        var flows = ModelArgs.Choice(migration, "migration", Migrations, "medium");
        var key = Invariant($"projection|{location.Code}|{first}|{last}|{flows}|{years}");
        return cache.GetOrAdd(key, () => ApiResults.ToJson(Run(wpp, location, first, last, flows, years)));
    }

    /// <summary>
    /// Runs the projection with net migration from an uploaded file (<c>--migration file</c>: columns
    /// <c>period_start,sex,age_start,net_migration_thousands</c>, optional <c>country_code</c>), read by the command's
    /// reader from a private temporary file that is deleted afterwards; errors name the file <c>upload</c>. Not cached.
    /// </summary>
    public byte[] RunWithMigrationFileJson(string? area, string? from, string? to, string? variant, string? step, string csv)
    {
        var wpp = demography.Wpp;
        var location = wpp.Locations.Resolve(QueryArgs.Text(area, "area") ?? "CAN");
        var (first, last, years) = Span(from, to, step);
        ModelArgs.Choice(variant, "variant", ["medium"], "medium");
        return ModelUpload.WithTemporaryFile(csv, path =>
        {
            var inputs = wpp.Inputs(location, first, last, MigrationAssumption.Supplied, SuppliedNetMigration.Read(path, location.Code));
            return ApiResults.ToJson(Run(wpp, location, inputs, last, "file", years));
        });
    }

    /// <summary>Base year, last year and step, checked by the rules of <c>continuum project</c>.</summary>
    private static (int From, int To, int Step) Span(string? from, string? to, string? step)
    {
        var first = QueryArgs.Int(from, "from", 1950, 2095, 2020);
        if (first % 5 != 0)
        {
            throw new InputException(Invariant($"{first} is not allowed; use a multiple of 5 from 1950 to 2095 (years with a WPP 2019 population)"), field: "from");
        }

        var last = QueryArgs.Int(to, "to", 1951, 2100, 2050);
        if (last <= first)
        {
            throw new InputException(Invariant($"{last} is not allowed; use a year after from ({first}) and no later than 2100"), field: "to");
        }

        var years = QueryArgs.Int(step, "step", 1, 5, 5);
        if (years is not (1 or 5))
        {
            throw new InputException(Invariant($"{years} is not allowed; use 1 or 5"), field: "step");
        }

        return years == 5 && (last - first) % 5 != 0
            ? throw new InputException(Invariant($"{last} is not a whole number of 5-year steps from {first}; use step 1 or another year"), field: "to")
            : (first, last, years);
    }

    /// <summary>Every area of the shipped locations file, as JSON.</summary>
    public byte[] AreasJson() => cache.GetOrAdd("projection-areas",
        () => ApiResults.ToJson(demography.Wpp.Locations.All.Select(l => new ProjectionArea(l.Label, l.Name)).ToList()));

    private static ModelResult Run(WppDemography wpp, WppLocation location, int from, int to, string migration, int step)
    {
        var assumption = migration == "zero" ? MigrationAssumption.Zero : MigrationAssumption.Medium;
        return Run(wpp, location, wpp.Inputs(location, from, to, assumption), to, migration, step);
    }

    private static ModelResult Run(WppDemography wpp, WppLocation location, ProjectionInputs inputs, int to, string migration, int step)
    {
        var from = inputs.BaseYear;
        var result = CohortComponentProjection.Project(inputs, to, step == 1 ? ProjectionStep.OneYear : ProjectionStep.FiveYears);
        var end = result.YearCount - 1;
        var first = result.Year(0).ToString(CultureInfo.InvariantCulture);
        var last = result.Year(end).ToString(CultureInfo.InvariantCulture);
        var summary = new List<ModelValue>
        {
            new("population_from_k", $"population {first}", result.Total(0) / 1e3, "thousand persons"),
            new("population_to_k", $"population {last}", result.Total(end) / 1e3, "thousand persons"),
        };
        var table = new ModelTable(SummaryColumns, Enumerable.Range(0, result.YearCount).Select(i => Row(wpp, location, result, i)).ToList());
        var title = Invariant($"{location.Name}: cohort-component projection {from}–{to}, {step}-year steps, {migration} migration");
        return new ModelResult("projection", title, summary, table, Charts(wpp, location, result));
    }

    private static ModelChart[] Charts(WppDemography wpp, WppLocation location, ProjectionResult result)
    {
        var index = Enumerable.Range(0, result.YearCount).ToList();
        var years = index.Select(i => (double)result.Year(i)).ToList();
        var published = index.Select(i => result.Year(i)).Where(y => wpp.HasPopulation(location.Code, y)).ToList();
        return
        [
            new("total", $"{location.Name}: population on 1 July", "year", "thousand persons",
            [
                ModelLine.Of("this projection", years, index.Select(i => result.Total(i) / 1e3)),
                ModelLine.Of("WPP 2019 (estimates, medium variant)", published.Select(y => (double)y).ToList(),
                    published.Select(y => wpp.PopulationInAges(location.Code, y, 0, 100) / 1e3), dashed: true),
            ]),
            new("ages", "Broad age groups", "year", "thousand persons",
            [
                ModelLine.Of("0–14", years, index.Select(i => result.AgeRangeTotal(i, 0, 14) / 1e3)),
                ModelLine.Of("15–64", years, index.Select(i => result.AgeRangeTotal(i, 15, 64) / 1e3)),
                ModelLine.Of("65+", years, index.Select(i => result.AgeRangeTotal(i, 65, 100) / 1e3)),
            ]),
            new("flows", Invariant($"Births, deaths and net migration over each {(int)result.Step}-year step"), "year (end of step)", "thousand persons",
            [
                ModelLine.Of("births", years.Skip(1).ToList(), index.Skip(1).Select(i => result.Births(i - 1) / 1e3)),
                ModelLine.Of("deaths", years.Skip(1).ToList(), index.Skip(1).Select(i => result.Deaths(i - 1) / 1e3)),
                ModelLine.Of("net migration", years.Skip(1).ToList(), index.Skip(1).Select(i => result.NetMigration(i - 1) / 1e3)),
            ]),
            SingleAges(result),
        ];
    }

    private static ModelChart SingleAges(ProjectionResult result)
    {
        var end = result.YearCount - 1;
        var ages = Enumerable.Range(0, result.SingleYearAges(0, Sex.Female).Length).Select(a => (double)a).ToList();
        var first = result.Year(0).ToString(CultureInfo.InvariantCulture);
        var last = result.Year(end).ToString(CultureInfo.InvariantCulture);
        return new ModelChart("single-ages", "Persons by single year of age (100 = 100+)", "age", "persons",
        [
            ModelLine.Of($"women {first}", ages, result.SingleYearAges(0, Sex.Female), dashed: true),
            ModelLine.Of($"men {first}", ages, result.SingleYearAges(0, Sex.Male), dashed: true),
            ModelLine.Of($"women {last}", ages, result.SingleYearAges(end, Sex.Female)),
            ModelLine.Of($"men {last}", ages, result.SingleYearAges(end, Sex.Male)),
        ]);
    }

    private static IReadOnlyList<object?> Row(WppDemography wpp, WppLocation location, ProjectionResult result, int i)
    {
        var year = result.Year(i);
        var total = result.Total(i);
        double? published = wpp.HasPopulation(location.Code, year) ? wpp.PopulationInAges(location.Code, year, 0, 100) : null;
        return [year, total / 1e3, result.AgeRangeTotal(i, 0, 14) / 1e3, result.AgeRangeTotal(i, 15, 64) / 1e3,
            result.AgeRangeTotal(i, 65, 100) / 1e3, Flow(result.Births, i), Flow(result.Deaths, i), Flow(result.NetMigration, i),
            published / 1e3, published is null ? null : ModelCell.Number(((total / published.Value) - 1) * 100)];
    }

    private static double? Flow(Func<int, double> flow, int yearIndex) => yearIndex == 0 ? null : flow(yearIndex - 1) / 1e3;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
