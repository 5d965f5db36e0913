using System.Globalization;

namespace Continuum.Core.Development;

/// <summary>
/// Whether an employed tertiary-educated immigrant works at skill level. Without a recognition agreement the
/// share underemployed (working below skill level) is u(τ) = u₀·exp(−τ / T), with T the employment catch-up
/// time of <see cref="IntegrationProfile"/>. A host–origin recognition agreement with rate ρ and delay D removes
/// a share ρ of the remaining underemployment from τ ≥ D on: u'(τ) = u(τ)·(1 − ρ·1[τ ≥ D]). Underemployed
/// workers earn (1 − penalty) of their skill-level earnings. Pairs are [host × C + origin]; levers are checked
/// here (rate in [0, 1], delay in [0, 50] years, penalty in [0, 1)).
/// </summary>
public sealed class CredentialRecognition
{
    private readonly double[] _rate;
    private readonly double[] _delayYears;

    /// <summary>No agreements between <paramref name="countries"/> countries.</summary>
    public CredentialRecognition(int countries, double initialUnderemploymentShare, double convergenceYears, double earningsPenalty)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 1);
        Countries = countries;
        InitialUnderemploymentShare = Require.Probability(initialUnderemploymentShare, "underemployment share at landing");
        ConvergenceYears = Require.InRange(convergenceYears, 0.1, 200, "integration convergence years");
        EarningsPenalty = Require.InRange(earningsPenalty, 0, 0.99, "underemployment_penalty");
        _rate = new double[countries * countries];
        _delayYears = new double[countries * countries];
    }

    /// <summary>Countries C.</summary>
    public int Countries { get; }

    /// <summary>u₀: share of employed tertiary immigrants below skill level at landing, fraction.</summary>
    public double InitialUnderemploymentShare { get; }

    /// <summary>T, years.</summary>
    public double ConvergenceYears { get; }

    /// <summary>Earnings shortfall of an underemployed worker, fraction of skill-level earnings.</summary>
    public double EarningsPenalty { get; }

    /// <summary>Sets the agreement of <paramref name="host"/> with <paramref name="origin"/>; <paramref name="lever"/> names it in errors.</summary>
    public void SetAgreement(int host, int origin, double rate, double delayYears, string lever = "credential_recognition")
    {
        if (host < 0 || host >= Countries || origin < 0 || origin >= Countries || host == origin)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"host {host} and origin {origin} are not a corridor of the scenario"), field: lever);
        }

        _rate[(host * Countries) + origin] = Require.Probability(rate, lever + ".rate");
        _delayYears[(host * Countries) + origin] = Require.InRange(delayYears, 0, 50, lever + ".delay_years");
    }

    /// <summary>Recognition rate ρ of a pair.</summary>
    public double Rate(int host, int origin) => _rate[(host * Countries) + origin];

    /// <summary>Recognition delay D of a pair, years.</summary>
    public double DelayYears(int host, int origin) => _delayYears[(host * Countries) + origin];

    /// <summary>Probability that an employed tertiary immigrant from <paramref name="origin"/> in <paramref name="host"/> works below skill level.</summary>
    public double UnderemploymentProbability(int host, int origin, double yearsSinceLanding)
    {
        var u = InitialUnderemploymentShare * Math.Exp(-Math.Max(0, yearsSinceLanding) / ConvergenceYears);
        var k = (host * Countries) + origin;
        return yearsSinceLanding >= _delayYears[k] ? u * (1 - _rate[k]) : u;
    }

    /// <summary>Probability of working at skill level (1 − <see cref="UnderemploymentProbability"/>).</summary>
    public double AtSkillProbability(int host, int origin, double yearsSinceLanding) =>
        1 - UnderemploymentProbability(host, origin, yearsSinceLanding);

    /// <summary>Earnings multiplier: 1 at skill level, 1 − penalty below it.</summary>
    public double EarningsFactor(bool atSkillLevel) => atSkillLevel ? 1 : 1 - EarningsPenalty;
}
