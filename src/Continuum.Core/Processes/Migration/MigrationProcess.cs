using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Migration;

/// <summary>
/// International moves. A resident of the country of birth emigrates to d with
/// p(o→d, sex) × RR(age) × RR(education) × lever(o); a foreign-born resident returns home with
/// p(r→b) × RR(years abroad) × lever(b) or moves on to a third country with p(r→d). A person heavier than
/// one simulated person of the destination moves as a bundle: Poisson(k·h) of its k = W / w(d) parts
/// split off (see docs/engine.md). Moves are recorded here and applied, under admission caps, afterwards.
/// </summary>
public sealed class MigrationProcess : PersonProcess
{
    /// <summary>Safety margin of the no-move shortcut: far above the rounding error of 1 − λ and of Math.Exp near 1 (≈ 2·10⁻¹⁶).</summary>
    private const double NoMoveMargin = 1e-12;

    private readonly MigrationRates _rates;
    private readonly double[] _emigrationTotal;
    private readonly double[] _onwardTotal;
    private readonly uint[] _weights;
    private readonly uint _lightestWeight;
    private readonly int _countries;
    private readonly double[] _emigrationMultiplier;
    private readonly double[] _returnMultiplier;
    private readonly bool _enabled;
    private readonly bool _trackExpected;

    /// <summary>Precomputes the per-origin totals of <paramref name="inputs"/>.</summary>
    public MigrationProcess(SimulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _rates = inputs.Migration;
        _enabled = inputs.MigrationEnabled;
        _trackExpected = inputs.TrackExpectedFlows;
        _countries = inputs.Dimensions.CountryCount;
        _weights = inputs.Base.WeightUnits;
        _lightestWeight = _weights.Min();
        _emigrationMultiplier = inputs.Levers.EmigrationRateMultiplier;
        _returnMultiplier = inputs.Levers.ReturnHazardMultiplier;
        _emigrationTotal = new double[_countries * 2];
        _onwardTotal = new double[_countries];
        for (var o = 0; o < _countries; o++)
        {
            for (var d = 0; d < _countries; d++)
            {
                _emigrationTotal[o * 2] += _rates.EmigrationProbability[(o * 2 * _countries) + d];
                _emigrationTotal[(o * 2) + 1] += _rates.EmigrationProbability[(((o * 2) + 1) * _countries) + d];
                _onwardTotal[o] += _rates.OnwardProbability[(o * _countries) + d];
            }
        }
    }

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(events);
        var moveKey = year.Stream(DrawStream.Migration);
        var destinationKey = year.Stream(DrawStream.Destination);
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0)
            {
                continue;
            }

            if (state.Status[i] is (byte)MigrationStatus.Immigrant or (byte)MigrationStatus.Returnee && state.YearsSinceMigration[i] < byte.MaxValue)
            {
                state.YearsSinceMigration[i]++;
            }

            if (!_enabled)
            {
                continue;
            }

            var hazard = Hazard(state, i, year.Year, out var returnHazard);
            if (hazard <= 0)
            {
                continue;
            }

            if (_trackExpected)
            {
                AddExpected(state, i, hazard, returnHazard, sums);
            }

            Decide(state, i, hazard, returnHazard, moveKey, destinationKey, events);
        }
    }

    /// <summary>Adds weight × probability of each move of person <paramref name="i"/> to the expected-flow sums (calibration only).</summary>
    private void AddExpected(PopulationState state, int i, double hazard, double returnHazard, WorkerAccumulator sums)
    {
        var r = state.Residence[i];
        var scale = state.Weight[i] * WorkerAccumulator.ExpectedScale;
        if (r == state.BirthCountry[i])
        {
            var os = (r * 2) + state.Sex[i];
            var factor = scale * hazard / _emigrationTotal[os];
            for (var d = 0; d < _countries; d++)
            {
                sums.ExpectedLeaving[(r * _countries) + d] += (long)(factor * _rates.EmigrationProbability[(os * _countries) + d]);
            }

            return;
        }

        sums.ExpectedReturns[(r * _countries) + state.BirthCountry[i]] += (long)(scale * returnHazard);
        for (var d = 0; d < _countries; d++)
        {
            sums.ExpectedLeaving[(r * _countries) + d] += (long)(scale * _rates.OnwardProbability[(r * _countries) + d]);
        }
    }

    private double Hazard(PopulationState state, int i, int year, out double returnHazard)
    {
        var r = state.Residence[i];
        var b = state.BirthCountry[i];
        if (r == b)
        {
            returnHazard = 0;
            var os = (r * 2) + state.Sex[i];
            var age = year - state.BirthYear[i];
            return _emigrationTotal[os] * _rates.EmigrationAgeRelativeRisk[(os * Dimensions.Ages) + age]
                   * _rates.EmigrationEducationRelativeRisk[(r * Dimensions.EducationLevels) + state.Education[i]]
                   * _emigrationMultiplier[r];
        }

        var durations = _rates.ReturnDurationRelativeRisk;
        var ysm = Math.Min((int)state.YearsSinceMigration[i], durations.Length - 1);
        returnHazard = _rates.ReturnProbability[(r * _countries) + b] * durations[ysm] * _returnMultiplier[b];
        return returnHazard + _onwardTotal[r];
    }

    private void Decide(PopulationState state, int i, double hazard, double returnHazard, ulong moveKey, ulong destinationKey, ChunkEvents events)
    {
        var key = state.Key[i];
        var weight = state.Weight[i];
        var u = Rng.Uniform(moveKey, key);
        if (weight <= _lightestWeight)
        {
            if (u < hazard)
            {
                var d = Destination(state, i, u, hazard, returnHazard, out var kind);
                events.AddMove(i, d, kind, weight);
            }

            return;
        }

        // Whatever the destination, nobody moves when u ≥ hazard (a destination at least as heavy) and u < e^(−λ) with
        // λ ≤ hazard·W/w_lightest (a lighter one): 1 − λ_max − margin ≤ e^(−λ) covers Math.Exp's rounding, so skipping the
        // destination draw and the exponential changes no outcome (most heavy persons stop here).
        if (u >= hazard && u < 1 - (hazard * (weight / (double)_lightestWeight)) - NoMoveMargin)
        {
            return;
        }

        var dest = Destination(state, i, Rng.Uniform(destinationKey, key) * hazard, hazard, returnHazard, out var moveKind);
        var destWeight = _weights[dest];
        if (weight <= destWeight)
        {
            if (u < hazard)
            {
                events.AddMove(i, dest, moveKind, weight);
            }

            return;
        }

        var parts = weight / (double)destWeight;
        var movers = Rng.PoissonInverse(parts * hazard, u, (int)Math.Ceiling(parts));
        if (movers > 0)
        {
            events.AddMove(i, dest, moveKind, (uint)Math.Min(weight, (ulong)movers * destWeight));
        }
    }

    private int Destination(PopulationState state, int i, double v, double hazard, double returnHazard, out MoveKind kind)
    {
        var r = state.Residence[i];
        if (r == state.BirthCountry[i])
        {
            kind = MoveKind.Emigration;
            var os = (r * 2) + state.Sex[i];
            return Pick(_rates.EmigrationProbability, os * _countries, v / (hazard / _emigrationTotal[os]));
        }

        if (v < returnHazard)
        {
            kind = MoveKind.Return;
            return state.BirthCountry[i];
        }

        kind = MoveKind.Onward;
        return Pick(_rates.OnwardProbability, r * _countries, v - returnHazard);
    }

    /// <summary>The destination whose cumulative probability first exceeds <paramref name="target"/> (the last positive one if rounding leaves a gap).</summary>
    private int Pick(double[] table, int offset, double target)
    {
        var cumulative = 0.0;
        var last = -1;
        for (var d = 0; d < _countries; d++)
        {
            var p = table[offset + d];
            if (p <= 0)
            {
                continue;
            }

            last = d;
            cumulative += p;
            if (target < cumulative)
            {
                return d;
            }
        }

        return last;
    }
}
