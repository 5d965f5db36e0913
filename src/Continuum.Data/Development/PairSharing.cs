using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;
using Continuum.Core.Inputs;

namespace Continuum.Data.Development;

/// <summary>How the two runs of a replicate pair share engine work.</summary>
public enum PairPlan
{
    /// <summary>Two independent runs.</summary>
    Separate,

    /// <summary>
    /// The engine inputs are identical (only development levers differ): one engine pass with both development steps
    /// on the same persons.
    /// </summary>
    SharedEngine,

    /// <summary>
    /// As <see cref="SharedEngine"/>, but B also has extra admissions (A none) and no admission cap is set: B is A's
    /// persons plus a run of the extra persons alone (<see cref="Core.Engine.Simulation.RunWithoutBase"/>), added integer by integer.
    /// </summary>
    AdditiveExtras,
}

/// <summary>
/// Decides which work two sides of a comparison can share, by comparing every field of their engine inputs
/// (reflection over the whole object graph, so an input added later is compared too) except the development
/// parameters and extra admissions. Sharing is exact: every draw is a function of (run, person, year, stream), a
/// person's events depend on no one else's when no admission cap binds, and every sum is an integer, so a shared
/// pair gives byte-identical results to two separate runs (test <c>PairSharingTests</c>).
/// </summary>
public static class PairSharing
{
    private static readonly string[] Skipped = ["<Development>k__BackingField", "<ExtraAdmissions>k__BackingField"];

    /// <summary>The plan for sides <paramref name="a"/> and <paramref name="b"/> (B runs with A's seed).</summary>
    public static PairPlan Plan(ScenarioSide a, ScenarioSide b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!EngineInputsEqual(a.Inputs, b.Inputs))
        {
            return PairPlan.Separate;
        }

        if (DeepEqual(a.Inputs.ExtraAdmissions, b.Inputs.ExtraAdmissions))
        {
            return PairPlan.SharedEngine;
        }

        var noCaps = Array.TrueForAll(a.Inputs.Levers.AdmissionsCapPersons, double.IsPositiveInfinity);
        return a.Inputs.ExtraAdmissions.Count == 0 && noCaps ? PairPlan.AdditiveExtras : PairPlan.Separate;
    }

    /// <summary>True when both sides have equal development parameters (levers applied), field by field.</summary>
    public static bool DevelopmentEqual(ScenarioSide a, ScenarioSide b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return DeepEqual(a.Development, b.Development);
    }

    /// <summary>True when the two inputs are equal field by field (doubles bit for bit), development and extra admissions aside.</summary>
    public static bool EngineInputsEqual(SimulationInputs a, SimulationInputs b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return FieldsEqual(a, b, Skipped);
    }

    private static bool DeepEqual(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        return a switch
        {
            double x => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b),
            double[] x => MemoryMarshal.AsBytes(x.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(((double[])b).AsSpan())),
            string or ValueType => a.Equals(b),
            IDictionary x => DictionariesEqual(x, (IDictionary)b),
            IList x => ListsEqual(x, (IList)b),
            _ => FieldsEqual(a, b, []),
        };
    }

    private static bool ListsEqual(IList a, IList b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var k = 0; k < a.Count; k++)
        {
            if (!DeepEqual(a[k], b[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DictionariesEqual(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!b.Contains(entry.Key) || !DeepEqual(entry.Value, b[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FieldsEqual(object a, object b, string[] skipped)
    {
        for (var type = a.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Array.IndexOf(skipped, field.Name) < 0 && !DeepEqual(field.GetValue(a), field.GetValue(b)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
