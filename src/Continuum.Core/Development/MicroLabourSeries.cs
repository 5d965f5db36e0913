using Continuum.Models.HostEconomy;

namespace Continuum.Core.Development;

/// <summary>
/// A country's labour aggregates from one microsimulation run, by year index: residents, adults (20+),
/// employed persons and effective labour (employment in average-worker units: Σ weight × earnings factor ÷ the
/// base-year mean factor of the employed).
/// </summary>
/// <param name="Population">Residents, persons.</param>
/// <param name="Adults">Residents aged 20 and over, persons.</param>
/// <param name="Employment">Employed residents, persons.</param>
/// <param name="EffectiveLabour">Effective labour, average-worker units.</param>
public sealed record MicroLabourSeries(double[] Population, double[] Adults, double[] Employment, double[] EffectiveLabour)
{
    /// <summary>
    /// The host-economy model's external extra labour: scenario minus base, year by year from <paramref name="fromYearIndex"/>
    /// for <paramref name="years"/> years. Fed to <c>LabourInput.WithExternalExtra</c>, it makes
    /// <c>HostEconomyModel.Run</c> use the microsimulated labour instead of its own immigrant cohorts.
    /// </summary>
    public static ExtraLabourSeries Extra(MicroLabourSeries baseRun, MicroLabourSeries scenario, int fromYearIndex, int years)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(scenario);
        if (fromYearIndex < 0 || fromYearIndex + years > Math.Min(baseRun.Population.Length, scenario.Population.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(years), "the runs do not cover the requested years");
        }

        double[] Diff(double[] s, double[] b) => Enumerable.Range(fromYearIndex, years).Select(t => s[t] - b[t]).ToArray();
        return new ExtraLabourSeries(Diff(scenario.Population, baseRun.Population), Diff(scenario.Adults, baseRun.Adults),
            Diff(scenario.Employment, baseRun.Employment), Diff(scenario.EffectiveLabour, baseRun.EffectiveLabour));
    }
}
