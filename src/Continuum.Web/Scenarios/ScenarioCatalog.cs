using System.Globalization;
using Continuum.Core.Scenario;
using Continuum.Data.IO;
using Continuum.Data.Scenarios;
using Continuum.Web.Api;
using Continuum.Web.Hosting;

namespace Continuum.Web.Scenarios;

/// <summary>
/// The scenario files of the scenarios folder and the scenarios saved from the web, by name. A request names a
/// scenario only by one of these names; a file path is always built here from the folder and the listed file,
/// never from request text.
/// </summary>
public sealed class ScenarioCatalog(ContinuumWebOptions options, SavedScenarios saved)
{
    private readonly Lazy<string> _folder = new(() => options.ScenariosDirectory is { } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios"));

    /// <summary>The scenarios folder.</summary>
    public string Folder => _folder.Value;

    /// <summary>
    /// Every readable scenario file (files that fail to read are left out: they are reported when run from the CLI),
    /// then the scenarios saved from the web (<see cref="ScenarioView.Saved"/>) whose base is still listed.
    /// </summary>
    public IReadOnlyList<ScenarioView> List()
    {
        var shipped = Files().Select(f => TryView(f.Name, f.Path)).OfType<ScenarioView>().OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var byName = shipped.ToDictionary(s => s.Name, StringComparer.Ordinal);
        return shipped.Concat(saved.List().Where(s => byName.ContainsKey(s.Base)).Select(s => SavedView(s, byName[s.Base]))).ToList();
    }

    /// <summary>True when <paramref name="name"/> is a file of the scenarios folder.</summary>
    public bool IsShipped(string name) => Files().Any(f => f.Name == name);

    /// <summary>
    /// Scenario <paramref name="name"/>: a file of the scenarios folder (read once, here) or a saved scenario; an unknown
    /// name is an <see cref="InputException"/> on <c>scenario</c>.
    /// </summary>
    public Scenario Get(string? name)
    {
        var wanted = QueryArgs.Required(name, "scenario");
        if (!IsShipped(wanted) && SavedScenarios.IsName(wanted) && saved.Find(wanted) is { } s)
        {
            return s.Scenario;
        }

        return ScenarioToml.Read(PathOf(wanted));
    }

    /// <summary>The path of scenario file <paramref name="name"/>; an unknown name is an <see cref="InputException"/> on <c>scenario</c>.</summary>
    public string PathOf(string? name)
    {
        var wanted = QueryArgs.Required(name, "scenario");
        var match = Files().FirstOrDefault(f => f.Name == wanted);
        return match.Path ?? throw new InputException(
            $"no scenario '{QueryArgs.Clip(wanted)}' (known: {string.Join(", ", Files().Select(f => f.Name).Concat(saved.List().Select(s => s.Name)))})", field: "scenario");
    }

    private IEnumerable<(string Name, string Path)> Files() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.toml", SearchOption.TopDirectoryOnly)
                .Select(p => (Name: Path.GetFileNameWithoutExtension(p), Path: p)).Where(f => QueryArgs.IsCode(f.Name))
            : [];

    private static ScenarioView? TryView(string name, string path)
    {
        try
        {
            return ScenarioView.Of(name, ScenarioToml.Read(path));
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static ScenarioView SavedView(SavedScenario s, ScenarioView shipped) => ScenarioView.Of(s.Name, s.Scenario, saved: true, baseName: s.Base) with
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Saved from the web on {s.CreatedUtc:yyyy-MM-dd}: {shipped.Name} with changed levers. {shipped.Description}"),
    };
}
