using Continuum.Data.Scenarios;
using Continuum.Web.Storage;

namespace Continuum.Web.Scenarios;

/// <summary>
/// Scenarios saved from the web, kept as scenario JSON in the store's <c>saved_scenarios</c> table (never in the scenarios folder:
/// no request text reaches the file system). Written only through the store's single write path
/// (<see cref="StoreGate.Write{T}"/>), each change in one transaction.
/// </summary>
public sealed class SavedScenarios
{
    private readonly StoreGate _gate;

    /// <summary>Uses <paramref name="gate"/>; the table is part of the store's schema (created when the store is opened for writing).</summary>
    public SavedScenarios(StoreGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        _gate = gate;
    }

    /// <summary>True when <paramref name="name"/> is a valid saved-scenario name: 1–40 of a–z, 0–9 and '-'.</summary>
    public static bool IsName(string? name) => name is { Length: > 0 and <= 40 } && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Every saved scenario, by name.</summary>
    public IReadOnlyList<SavedScenario> List() => _gate.Read(store => store.Query(
        "SELECT name, base, scenario, created_utc FROM saved_scenarios ORDER BY name",
        r => new SavedScenario(r.GetString(0), r.GetString(1), ScenarioJson.Read(r.GetString(2)), r.GetDateTime(3))));

    /// <summary>Saved scenario <paramref name="name"/>, or null.</summary>
    public SavedScenario? Find(string name) => List().FirstOrDefault(s => s.Name == name);

    /// <summary>Saves <paramref name="scenario"/>; false (and nothing written) when the name is taken.</summary>
    public bool Add(SavedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _gate.Write(store =>
        {
            using var tx = store.Connection.BeginTransaction();
            var taken = Convert.ToInt64(store.Scalar("SELECT count(*) FROM saved_scenarios WHERE name = $1", scenario.Name), System.Globalization.CultureInfo.InvariantCulture) > 0;
            if (taken)
            {
                return false;
            }

            store.Execute("INSERT INTO saved_scenarios VALUES ($1, $2, $3, $4)", scenario.Name, scenario.Base, ScenarioJson.Write(scenario.Scenario), scenario.CreatedUtc);
            tx.Commit();
            return true;
        });
    }

    /// <summary>Deletes saved scenario <paramref name="name"/>; false when there was none.</summary>
    public bool Delete(string name) => _gate.Write(store =>
    {
        using var tx = store.Connection.BeginTransaction();
        var deleted = Convert.ToInt64(store.Scalar("DELETE FROM saved_scenarios WHERE name = $1 RETURNING 1", name) ?? 0L, System.Globalization.CultureInfo.InvariantCulture) > 0;
        tx.Commit();
        return deleted;
    });
}
