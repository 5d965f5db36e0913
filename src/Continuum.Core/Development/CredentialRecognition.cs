using System.Globalization;
using Continuum.Core.Scenario;

namespace Continuum.Core.Development;

/// <summary>
/// Whether an employed tertiary-educated immigrant works at skill level. Without a recognition agreement the
/// share underemployed (working below skill level) is u(τ) = u₀·exp(−τ / T), with T the employment catch-up
/// time of <see cref="IntegrationProfile"/>. A host–origin recognition agreement with rate ρ and delay D removes
/// a share ρ of the remaining underemployment from τ ≥ D on: u'(τ) = u(τ)·(1 − ρ·1[τ ≥ D]). Underemployed
/// workers earn (1 − penalty) of their skill-level earnings. Pairs are [host × C + origin]; levers are checked
/// here (rate in [0, 1], delay in [0, 50] years, penalty in [0, 0.99]). Immutable: levers give a copy.
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
        EarningsPenalty = DevelopmentLevers.UnderemploymentPenaltySpec.Check(earningsPenalty);
        _rate = new double[countries * countries];
        _delayYears = new double[countries * countries];
    }

    private CredentialRecognition(CredentialRecognition other, double earningsPenalty)
    {
        Countries = other.Countries;
        InitialUnderemploymentShare = other.InitialUnderemploymentShare;
        ConvergenceYears = other.ConvergenceYears;
        EarningsPenalty = earningsPenalty;
        _rate = (double[])other._rate.Clone();
        _delayYears = (double[])other._delayYears.Clone();
    }

    /// <summary>Countries C.</summary>
    public int Countries { get; }

    /// <summary>u₀: share of employed tertiary immigrants below skill level at landing, fraction.</summary>
    public double InitialUnderemploymentShare { get; }

    /// <summary>T, years.</summary>
    public double ConvergenceYears { get; }

    /// <summary>Earnings shortfall of an underemployed worker, fraction of skill-level earnings.</summary>
    public double EarningsPenalty { get; }

    /// <summary>A copy with the agreement of <paramref name="host"/> with <paramref name="origin"/>; <paramref name="field"/> names it in errors.</summary>
    public CredentialRecognition WithAgreement(int host, int origin, double rate, double delayYears, string? field = null)
    {
        field ??= DevelopmentLevers.CredentialRecognitionSpec.Field();
        if (host < 0 || host >= Countries || origin < 0 || origin >= Countries || host == origin)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"host {host} and origin {origin} are not a corridor of the scenario"), field: field);
        }

        var copy = new CredentialRecognition(this, EarningsPenalty);
        copy._rate[(host * Countries) + origin] = DevelopmentLevers.RecognitionRateSpec.Check(rate, field + "." + DevelopmentLevers.RecognitionRateSpec.Name);
        copy._delayYears[(host * Countries) + origin] = DevelopmentLevers.RecognitionDelaySpec.Check(delayYears, field + "." + DevelopmentLevers.RecognitionDelaySpec.Name);
        return copy;
    }

    /// <summary>
    /// A copy with the underemployment penalty and the recognition agreements of <paramref name="levers"/>, whose corridors
    /// are looked up in <paramref name="countries"/> (the index order); an unknown corridor is an <see cref="InputException"/>.
    /// </summary>
    public CredentialRecognition WithLevers(IReadOnlyList<string> countries, DevelopmentLevers levers)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(levers);
        var result = levers.UnderemploymentPenalty is { } penalty
            ? new CredentialRecognition(this, DevelopmentLevers.UnderemploymentPenaltySpec.Check(penalty))
            : this;
        foreach (var (corridor, agreement) in levers.CredentialRecognition)
        {
            var field = DevelopmentLevers.CredentialRecognitionSpec.Field(corridor.ToString());
            result = result.WithAgreement(IndexOf(countries, corridor.Host, field), IndexOf(countries, corridor.Origin, field), agreement.Rate, agreement.DelayYears, field);
        }

        return result;
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

    private static int IndexOf(IReadOnlyList<string> countries, Iso3 country, string field)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            if (string.Equals(countries[i], country.Code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InputException($"'{country}' is not a country of the scenario ({string.Join(", ", countries)})", field: field);
    }
}
