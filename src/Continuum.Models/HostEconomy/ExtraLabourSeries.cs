namespace Continuum.Models.HostEconomy;

/// <summary>
/// What the extra immigrants (and their children born in the country) add each year, as mid-year averages:
/// persons, adults (20+), persons employed at the natural unemployment rate, and effective labour (employed
/// persons weighted by relative productivity). Index 0 is the start year. Comes from
/// <see cref="ImmigrantCohorts"/> or from outside (a projection or the microsimulation).
/// </summary>
/// <param name="Population">Extra persons.</param>
/// <param name="Adults">Extra persons aged 20 and over (household formation).</param>
/// <param name="Employment">Extra persons employed at the natural unemployment rate.</param>
/// <param name="EffectiveLabour">Extra employment in average-worker units.</param>
public sealed record ExtraLabourSeries(double[] Population, double[] Adults, double[] Employment, double[] EffectiveLabour)
{
    /// <summary>Number of years held.</summary>
    public int Years => Population.Length;

    /// <summary>Throws unless all four series have <paramref name="years"/> finite values, population and adults ≥ 0.</summary>
    public ExtraLabourSeries Validate(int years)
    {
        foreach (var (name, series) in new[] { ("population", Population), ("adults", Adults), ("employment", Employment), ("effective labour", EffectiveLabour) })
        {
            if (series.Length < years)
            {
                throw new InputException($"the extra-labour series has {series.Length} years, the run needs {years}", field: name);
            }

            foreach (var v in series)
            {
                if (!double.IsFinite(v))
                {
                    throw new InputException("values must be finite", field: name);
                }
            }
        }

        return this;
    }
}
