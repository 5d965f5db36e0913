using Continuum.Models.Macro;
using Continuum.Models.Projection;

namespace Continuum.Models.HostEconomy;

/// <summary>
/// An annual "FOCUS-lite" host-economy model (shared/research/models.md §1.4), run twice: base and base plus
/// the extra immigrants. Supply: Y* = A·K^α·H^(1−α), α = 1 − labour share, H = employment at the natural rate
/// in average-worker units. Base capital follows K(t+1) = (1−δ)K + s·Y (PWT csh_i). Extra business capital
/// closes its gap to v_b·ΔY* at speed λ_K and extra housing its gap to k_h·Δadults at speed λ_H (both with
/// replacement δ); the gap-closing part of that investment is extra demand, giving an output gap
/// g = m·(net extra investment)/Y*, Y = Y*·(1 + g) and u = u* − κ·100·g (Okun). Government: revenue τ·Y,
/// spending γ·Y_base·(1 − g_N + g_N·N/N_base), balance = revenue − spending. Pure: no I/O.
/// </summary>
public static class HostEconomyModel
{
    /// <summary>Runs base and scenario over the horizon.</summary>
    public static HostEconomyResult Run(HostEconomyParameters parameters, LabourInput labour)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(labour);
        var p = parameters.Validate();
        if (labour.FirstYear != p.StartYear || labour.Years < p.HorizonYears)
        {
            throw new InputException($"the labour input covers {labour.FirstYear}+{labour.Years} years; the run needs {p.StartYear}+{p.HorizonYears}", field: "labour input");
        }

        var extra = labour.ExternalExtra ?? ImmigrantCohorts.Simulate(p);
        var basePath = BasePath(p, labour);
        return Scenario(p, basePath, extra);
    }

    private static BaseEconomy BasePath(HostEconomyParameters p, LabourInput labour)
    {
        var h = p.HorizonYears;
        var b = new BaseEconomy(h);
        for (var t = 0; t < h; t++)
        {
            for (var s = 0; s < 2; s++)
            {
                var cells = labour.Population(t, (Sex)s);
                for (var a = 0; a < cells.Length; a++)
                {
                    b.Population[t] += cells[a];
                    b.Adults[t] += a >= 20 ? cells[a] : 0;
                    b.Employment[t] += cells[a] * EmploymentRates.Base(p, a, (Sex)s);
                }
            }
        }

        var alpha = 1 - p.LabourShare;
        b.Tfp = CobbDouglasPath.Tfp(p.RealGdpMillions, p.CapitalStockMillions, b.Employment[0], alpha);
        CobbDouglasPath.Run(b.Tfp, alpha, p.CapitalStockMillions, p.DepreciationRatePerYear, p.InvestmentShare, b.Employment, b.Capital, b.Gdp);

        return b;
    }

    private static HostEconomyResult Scenario(HostEconomyParameters p, BaseEconomy b, ExtraLabourSeries extra)
    {
        var h = p.HorizonYears;
        var s = new ScenarioPaths(h);
        var alpha = 1 - p.LabourShare;
        var businessCapitalPerOutput = (1 - p.ResidentialCapitalShare) * p.CapitalStockMillions / p.RealGdpMillions;
        var housingPerAdult = p.ResidentialCapitalShare * p.CapitalStockMillions / b.Adults[0];
        double extraBusiness = 0, extraHousing = 0;
        for (var t = 0; t < h; t++)
        {
            var potential = CobbDouglasPath.Output(b.Tfp, b.Capital[t] + extraBusiness + extraHousing, b.Employment[t] + extra.EffectiveLabour[t], alpha);
            var businessGap = p.BusinessCapitalAdjustmentPerYear * ((businessCapitalPerOutput * (potential - b.Gdp[t])) - extraBusiness);
            var housingGap = p.HousingAdjustmentPerYear * ((housingPerAdult * extra.Adults[t]) - extraHousing);
            var outputGap = p.DemandMultiplier * (businessGap + housingGap) / potential;
            s.Gdp[t] = potential * (1 + outputGap);
            s.Unemployment[t] = p.NaturalUnemploymentRatePercent - (p.OkunCoefficient * 100 * outputGap);
            s.ExtraBusinessInvestment[t] = (p.DepreciationRatePerYear * extraBusiness) + businessGap;
            s.ExtraResidentialInvestment[t] = (p.DepreciationRatePerYear * extraHousing) + housingGap;
            extraBusiness += s.ExtraBusinessInvestment[t] - (p.DepreciationRatePerYear * extraBusiness);
            extraHousing += s.ExtraResidentialInvestment[t] - (p.DepreciationRatePerYear * extraHousing);
        }

        return new HostEconomyResult(p.StartYear, p.AdmissionYears, HostEconomyReport.Indicators(p, b, s, extra));
    }
}
