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
    /// <summary>The table's columns: those of <c>continuum project --format table</c>.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
        ["year", "population_k", "age_0_14_k", "age_15_64_k", "age_65_plus_k", "births_k", "deaths_k", "net_migration_k", "wpp2019_population_k", "difference_pct"];

    /// <summary>Runs the projection (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(string? area, string? from, string? to, string? variant, string? migration, string? step)
    {
        if (string.Equals(migration?.Trim(), "file", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException("file needs the migration file as the body of a POST to /api/models/projection", field: "migration");
        }

        var options = Options(area, from, to, variant, QueryArgs.Text(migration, "migration") ?? ProjectionOptions.DefaultMigration, step, hasFile: false);
        var wpp = demography.Wpp;
        var location = wpp.Locations.Resolve(options.Area!);
        var key = Invariant($"projection|{location.Code}|{options.From}|{options.To}|{options.MigrationAssumption}|{options.Step}");
        return cache.GetOrAdd(key, () => ApiResults.ToJson(Run(wpp, location, options, supplied: null)));
    }

    /// <summary>
    /// Runs the projection with net migration from an uploaded file (<c>--migration file</c>: columns
    /// <c>period_start,sex,age_start,net_migration_thousands</c>, optional <c>country_code</c>), parsed from the text by
    /// the command's reader; errors name the file <c>upload</c>. Not cached.
    /// </summary>
    public byte[] RunWithMigrationFileJson(string? area, string? from, string? to, string? variant, string? step, string csv)
    {
        var options = Options(area, from, to, variant, "file", step, hasFile: true);
        var wpp = demography.Wpp;
        var location = wpp.Locations.Resolve(options.Area!);
        return ModelUpload.Parse(name => ApiResults.ToJson(Run(wpp, location, options, SuppliedNetMigration.Parse(name, csv, location.Code))));
    }

    /// <summary>The query's options, checked by the rules of <c>continuum project</c> (the library's <see cref="ProjectionOptions"/>).</summary>
    private static ProjectionOptions Options(string? area, string? from, string? to, string? variant, string migration, string? step, bool hasFile) =>
        new ProjectionOptions(
            QueryArgs.Text(area, "area") ?? "CAN",
            QueryArgs.Int(from, "from", int.MinValue, int.MaxValue, ProjectionOptions.DefaultFrom),
            QueryArgs.Int(to, "to", int.MinValue, int.MaxValue, ProjectionOptions.DefaultTo),
            QueryArgs.Int(step, "step", int.MinValue, int.MaxValue, ProjectionOptions.DefaultStep),
            QueryArgs.Text(variant, "variant") ?? ProjectionOptions.DefaultVariant,
            migration,
            hasFile).Validate();

    /// <summary>Every area of the shipped locations file, as JSON.</summary>
    public byte[] AreasJson() => cache.GetOrAdd("projection-areas",
        () => ApiResults.ToJson(demography.Wpp.Locations.All.Select(l => new ProjectionArea(l.Label, l.Name)).ToList()));

    private static ModelResult Run(WppDemography wpp, WppLocation location, ProjectionOptions options, SuppliedNetMigration? supplied)
    {
        var inputs = wpp.Inputs(location, options.From, options.To, options.MigrationAssumption, supplied);
        var result = CohortComponentProjection.Project(inputs, options.To, options.ProjectionStep);
        var end = result.YearCount - 1;
        var first = result.Year(0).ToString(CultureInfo.InvariantCulture);
        var last = result.Year(end).ToString(CultureInfo.InvariantCulture);
        var summary = new List<ModelValue>
        {
            new("population_from_k", $"population {first}", result.Total(0) / 1e3, "thousand persons"),
            new("population_to_k", $"population {last}", result.Total(end) / 1e3, "thousand persons"),
        };
        var table = new ModelTable(SummaryColumns, ProjectionSummaryRow.Of(result, location, wpp).Select(r => (IReadOnlyList<object?>)[r.Year,
            r.Population / 1e3, r.Ages0To14 / 1e3, r.Ages15To64 / 1e3, r.Ages65Plus / 1e3, r.Births / 1e3, r.Deaths / 1e3, r.NetMigration / 1e3,
            r.Wpp2019Population / 1e3, ModelCell.Number(r.DifferencePercent)]).ToList());
        var title = Invariant($"{location.Name}: cohort-component projection {options.From}–{options.To}, {options.Step}-year steps, {MigrationLabel(options)} migration");
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

    private static string MigrationLabel(ProjectionOptions options) => options.MigrationAssumption switch
    {
        MigrationAssumption.Zero => "zero",
        MigrationAssumption.Supplied => "file",
        _ => "medium",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
