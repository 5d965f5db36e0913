using Microsoft.AspNetCore.Mvc;

namespace Continuum.Web.Models;

/// <summary>
/// Query parameters of <c>GET /api/models/brain-gain</c>: the options of <c>continuum model brain-gain</c> in snake
/// case, as text (parsed and checked by <see cref="BrainGainService"/> so that errors name the parameter).
/// </summary>
public sealed class BrainGainQuery
{
    /// <summary><c>two-period</c> (default) or <c>bdr</c>.</summary>
    [FromQuery(Name = "model")]
    public string? Model { get; init; }

    /// <summary>Steps of p between 0 and <c>p_max</c>, 1–1000 (default 20).</summary>
    [FromQuery(Name = "steps")]
    public string? Steps { get; init; }

    /// <summary>Largest emigration probability shown, in (0, 1] (default 1).</summary>
    [FromQuery(Name = "p_max")]
    public string? PMax { get; init; }

    /// <summary>bdr: lowest education cost, wage units (default 0).</summary>
    [FromQuery(Name = "cost_min")]
    public string? CostMin { get; init; }

    /// <summary>bdr: highest education cost, wage units, above cost_min (default 1).</summary>
    [FromQuery(Name = "cost_max")]
    public string? CostMax { get; init; }

    /// <summary>bdr: closed-economy threshold c0 in [cost_min, cost_max] (default 0.3).</summary>
    [FromQuery(Name = "c0")]
    public string? C0 { get; init; }

    /// <summary>bdr: Δ ≥ 0, wage units per unit of p (default 0.4).</summary>
    [FromQuery(Name = "delta")]
    public string? Delta { get; init; }

    /// <summary>two-period: foreign wage per efficiency unit, home = 1 (default 2.0).</summary>
    [FromQuery(Name = "foreign_wage")]
    public string? ForeignWage { get; init; }

    /// <summary>two-period: home preference λ ≥ 1 (default 1.7).</summary>
    [FromQuery(Name = "home_preference")]
    public string? HomePreference { get; init; }

    /// <summary>two-period: a returnee's extra home wage per period Γ ≥ 0, wage units (default 0.3).</summary>
    [FromQuery(Name = "return_premium")]
    public string? ReturnPremium { get; init; }

    /// <summary>two-period: one-off migration cost ≥ 0, wage units (default 0.1).</summary>
    [FromQuery(Name = "migration_cost")]
    public string? MigrationCost { get; init; }

    /// <summary>two-period: schooling cost ≥ 0, wage units (default 0.676, a closed-economy schooled share of 12.77%).</summary>
    [FromQuery(Name = "schooling_cost")]
    public string? SchoolingCost { get; init; }
}
