using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Engine;

/// <summary>
/// Applies the births and moves recorded in the parallel pass, in chunk order (so the result does not
/// depend on the thread count): newborns are appended; moves pass the host's admission cap (each
/// foreign-born arrival is admitted with probability min(1, cap / demand)), then the person moves or,
/// for a bundle, a part is split off as a new person.
/// </summary>
public sealed class EventApplier
{
    private readonly SimulationInputs _inputs;
    private readonly long[] _demand;
    private readonly double[] _admit;

    /// <summary>Creates an applier for <paramref name="inputs"/>.</summary>
    public EventApplier(SimulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs;
        _demand = new long[inputs.Dimensions.CountryCount];
        _admit = new double[inputs.Dimensions.CountryCount];
    }

    /// <summary>Applies the events of <paramref name="chunks"/>[0..<paramref name="chunkCount"/>) for the current year.</summary>
    public void Apply(PopulationState state, ChunkEvents[] chunks, int chunkCount, YearContext year, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(result);
        var cells = result.Cells[year.YearIndex];
        for (var k = 0; k < chunkCount; k++)
        {
            foreach (var mother in chunks[k].Mothers)
            {
                AddNewborn(state, mother, year, cells);
            }
        }

        ComputeAdmission(state, chunks, chunkCount);
        var admissionKey = year.Stream(DrawStream.Admission);
        for (var k = 0; k < chunkCount; k++)
        {
            foreach (var move in chunks[k].Moves)
            {
                var needsAdmission = move.Destination != state.BirthCountry[move.Slot];
                if (needsAdmission && _admit[move.Destination] < 1 &&
                    Rng.Uniform(admissionKey, state.Key[move.Slot]) >= _admit[move.Destination])
                {
                    continue;
                }

                ApplyMove(state, move, year, result);
            }
        }
    }

    private void ComputeAdmission(PopulationState state, ChunkEvents[] chunks, int chunkCount)
    {
        Array.Clear(_demand);
        for (var k = 0; k < chunkCount; k++)
        {
            foreach (var move in chunks[k].Moves)
            {
                if (move.Destination != state.BirthCountry[move.Slot])
                {
                    _demand[move.Destination] += move.MovedWeight;
                }
            }
        }

        var caps = _inputs.Levers.AdmissionsCapPersons;
        for (var d = 0; d < _admit.Length; d++)
        {
            var demandPersons = SimulationResult.Persons(_demand[d]);
            _admit[d] = double.IsPositiveInfinity(caps[d]) || demandPersons <= caps[d] ? 1 : caps[d] / demandPersons;
        }
    }

    private void AddNewborn(PopulationState state, int mother, YearContext year, long[] cells)
    {
        var r = state.Residence[mother];
        var key = Rng.ChildKey(state.Key[mother], year.Year, DrawStream.BirthKey);
        var ci = (r * _inputs.Dimensions.Years) + year.YearIndex;
        var sex = Rng.Uniform(year.Stream(DrawStream.BirthSex), key) < _inputs.Demography.MaleBirthShare[ci] ? 1 : 0;
        var status = state.BirthCountry[mother] != r ? MigrationStatus.SecondGeneration : MigrationStatus.Native;
        var weight = state.Weight[mother];
        var cell = ResultLayout.Cell(r, sex, 0, 0, (int)status);
        cells[cell + (int)Measure.Births] += weight;
        if (Rng.Uniform(year.Stream(DrawStream.InfantMortality), key) < _inputs.Demography.NewbornDeathProbability[(ci * 2) + sex])
        {
            cells[cell + (int)Measure.Deaths] += weight;
            return;
        }

        state.Add(key, weight, (short)(year.Year + 1), r, r, (byte)sex, 0, status, 0);
    }

    private void ApplyMove(PopulationState state, in MoveEvent move, YearContext year, SimulationResult result)
    {
        var i = move.Slot;
        var origin = state.Residence[i];
        var dest = move.Destination;
        var countries = _inputs.Dimensions.CountryCount;
        var cells = result.Cells[year.YearIndex];
        var ageGroup = ResultLayout.AgeGroup(year.Year - state.BirthYear[i]);
        var sex = state.Sex[i];
        var education = state.Education[i];
        cells[ResultLayout.Cell(origin, sex, ageGroup, education, state.Status[i]) + (int)Measure.Emigrants] += move.MovedWeight;
        var returning = dest == state.BirthCountry[i];
        var status = returning ? MigrationStatus.Returnee : MigrationStatus.Immigrant;
        cells[ResultLayout.Cell(dest, sex, ageGroup, education, (int)status) + (int)(returning ? Measure.Returns : Measure.Immigrants)] += move.MovedWeight;
        result.CorridorMoves[year.YearIndex][(origin * countries) + dest] += move.MovedWeight;
        if (returning)
        {
            result.CorridorReturns[year.YearIndex][(origin * countries) + dest] += move.MovedWeight;
        }

        var target = i;
        if (move.MovedWeight < state.Weight[i])
        {
            state.Weight[i] -= move.MovedWeight;
            target = state.Add(Rng.ChildKey(state.Key[i], year.Year, DrawStream.SplitKey, dest), move.MovedWeight,
                state.BirthYear[i], state.BirthCountry[i], dest, sex, education, status, 0);
            return;
        }

        state.Residence[target] = dest;
        state.Status[target] = (byte)status;
        state.YearsSinceMigration[target] = 0;
    }
}
