using Continuum.Core.Inputs;

namespace Continuum.Data.Simulation;

/// <summary>Return, onward and base-stock tables.</summary>
public sealed partial class SimulationInputLoader
{
    /// <summary>
    /// Arrival period of the base stock in r born in b: bins 0–3 hold the origin's outward flows to r in the
    /// four 5-year periods before the base period; bin 4 (20–39 years ago) the rest of the stock.
    /// </summary>
    private double[] DurationBins(double[] stock, double[][] pastOutward)
    {
        var bins = new double[_countries * _countries * MigrationRates.DurationBins];
        for (var b = 0; b < _countries; b++)
        {
            for (var r = 0; r < _countries; r++)
            {
                var k = (b * _countries) + r;
                var offset = k * MigrationRates.DurationBins;
                var total = stock[k];
                var recent = 0.0;
                for (var p = 0; p < pastOutward.Length; p++)
                {
                    recent += pastOutward[p][k];
                }

                var scale = recent > total && recent > 0 ? total / recent : 1;
                for (var p = 0; p < pastOutward.Length; p++)
                {
                    bins[offset + p] = pastOutward[p][k] * scale;
                }

                bins[offset + MigrationRates.DurationBins - 1] = Math.Max(0, total - (recent * scale));
                var sum = bins.AsSpan(offset, MigrationRates.DurationBins).ToArray().Sum();
                for (var bin = 0; bin < MigrationRates.DurationBins; bin++)
                {
                    bins[offset + bin] = sum > 0 ? bins[offset + bin] / sum : bin == MigrationRates.DurationBins - 1 ? 1 : 0;
                }
            }
        }

        return bins;
    }

    /// <summary>Return of b-born residents of r: returns(r→b) / (5 × stock(b in r) × mean duration risk of the stock), at most 0.5 per year.</summary>
    private double[] ReturnProbability(double[] stock, double[] returns, double[] bins, double[] durationRisk)
    {
        var p = new double[_countries * _countries];
        var maxRisk = durationRisk.Max();
        for (var r = 0; r < _countries; r++)
        {
            for (var b = 0; b < _countries; b++)
            {
                var k = (b * _countries) + r;
                if (b == r || stock[k] <= 0)
                {
                    continue;
                }

                var meanRisk = 0.0;
                for (var bin = 0; bin < MigrationRates.DurationBins; bin++)
                {
                    var width = bin == MigrationRates.DurationBins - 1 ? 20 : 5;
                    for (var y = bin * 5; y < (bin * 5) + width; y++)
                    {
                        meanRisk += bins[(k * MigrationRates.DurationBins) + bin] / width * durationRisk[Math.Min(y, durationRisk.Length - 1)];
                    }
                }

                var annual = returns[(r * _countries) + b] / PeriodYears / stock[k] / Math.Max(meanRisk, 1e-9);
                p[(r * _countries) + b] = Math.Min(annual, 0.5 / maxRisk);
            }
        }

        return p;
    }

    private double[] OnwardProbability(double[] foreignBorn, double[] onward)
    {
        var p = new double[_countries * _countries];
        for (var r = 0; r < _countries; r++)
        {
            var atRisk = foreignBorn[r * 2] + foreignBorn[(r * 2) + 1];
            for (var d = 0; d < _countries; d++)
            {
                p[(r * _countries) + d] = d == r || atRisk <= 0 ? 0 : Math.Min(0.25, onward[(r * _countries) + d] / PeriodYears / atRisk);
            }
        }

        return p;
    }

    /// <summary>P(born in b | resident of r, sex s, aged 15+) = stock(b in r) × sex share / residents 15+ of that sex.</summary>
    private double[] BaseOriginProbability(double[] stock, double[] femaleShare)
    {
        var p = new double[_countries * 2 * _countries];
        for (var r = 0; r < _countries; r++)
        {
            for (var s = 0; s < 2; s++)
            {
                var share = s == 0 ? femaleShare[r] : 1 - femaleShare[r];
                var adults = PersonsInAges(r, s, 15, 200);
                var offset = ((r * 2) + s) * _countries;
                var total = 0.0;
                for (var b = 0; b < _countries; b++)
                {
                    p[offset + b] = b == r || adults <= 0 ? 0 : stock[(b * _countries) + r] * share / adults;
                    total += p[offset + b];
                }

                if (total > 0.95)
                {
                    for (var b = 0; b < _countries; b++)
                    {
                        p[offset + b] *= 0.95 / total;
                    }
                }
            }
        }

        return p;
    }
}
