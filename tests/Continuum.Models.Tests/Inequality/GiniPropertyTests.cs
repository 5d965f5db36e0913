using Continuum.Models.Inequality;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.Inequality;

public sealed class GiniPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Gini_NonNegativeIncomes_LiesInUnitInterval(NonEmptyArray<NonNegativeInt> raw)
    {
        var values = raw.Get.Select(v => (double)v.Get).ToArray();
        if (values.Sum() == 0)
        {
            return true.ToProperty();
        }

        var g = GiniCoefficient.Of(values);
        return (g >= 0 && g <= 1).Label($"G = {g}");
    }

    [Property(MaxTest = 200)]
    public Property Decomposition_ScaledIncomes_AreUnchanged(NonEmptyArray<NonNegativeInt> a, PositiveInt scaleRaw)
    {
        var first = a.Get.Select(v => (double)v.Get).ToArray();
        var second = first.Select((v, i) => (double)((i * 7) % 5)).ToArray();
        if (first.Sum() + second.Sum() == 0)
        {
            return true.ToProperty();
        }

        // Integer scales keep small integer incomes exact, so tied totals stay tied (a 1/3 scale can split a tie by rounding).
        var scale = (double)scaleRaw.Get;
        var d = GiniDecomposition.Of(new HouseholdIncomes(["a", "b"], [first, second]));
        var scaled = GiniDecomposition.Of(new HouseholdIncomes(["a", "b"],
            [first.Select(v => v * scale).ToArray(), second.Select(v => v * scale).ToArray()]));
        return (Math.Abs(d.TotalGini - scaled.TotalGini) < 1e-12
            && Math.Abs(d.Sources[0].Contribution - scaled.Sources[0].Contribution) < 1e-12).Label($"{d.TotalGini} vs {scaled.TotalGini}");
    }
}
