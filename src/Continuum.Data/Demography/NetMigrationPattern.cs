namespace Continuum.Data.Demography;

/// <summary>
/// Spreads a total of net migrants over sex and 5-year age groups following a pattern (e.g. the WPP 2024
/// projected net migrants by age and sex). The cells are pattern·total/Σpattern, which keeps the pattern's
/// own mix of net immigration and net emigration by age. When the pattern nearly cancels out
/// (|Σ pattern| &lt; ¼·Σ|pattern|) those shares would blow up, so the shares become |pattern|/Σ|pattern|
/// instead. Invariant: the cells sum to the total; a zero total gives zero cells.
/// </summary>
public static class NetMigrationPattern
{
    /// <summary>The ratio |Σ pattern| / Σ |pattern| under which the absolute pattern is used.</summary>
    public const double CancellationThreshold = 0.25;

    /// <summary>Spreads <paramref name="total"/> persons over the female and male age groups of the pattern.</summary>
    public static (double[] Female, double[] Male) Distribute(double total, ReadOnlySpan<double> patternFemale, ReadOnlySpan<double> patternMale)
    {
        var sum = 0.0;
        var absolute = 0.0;
        foreach (var v in patternFemale) { sum += v; absolute += Math.Abs(v); }
        foreach (var v in patternMale) { sum += v; absolute += Math.Abs(v); }
        var female = new double[patternFemale.Length];
        var male = new double[patternMale.Length];
        if (absolute <= 0 || total == 0)
        {
            if (total != 0)
            {
                throw new InputException("the age–sex pattern of net migration is all zero, so a non-zero total cannot be spread", field: "net migration pattern");
            }

            return (female, male);
        }

        var useAbsolute = Math.Abs(sum) < CancellationThreshold * absolute;
        var divisor = useAbsolute ? absolute : sum;
        for (var i = 0; i < female.Length; i++)
        {
            female[i] = total * (useAbsolute ? Math.Abs(patternFemale[i]) : patternFemale[i]) / divisor;
        }

        for (var i = 0; i < male.Length; i++)
        {
            male[i] = total * (useAbsolute ? Math.Abs(patternMale[i]) : patternMale[i]) / divisor;
        }

        return (female, male);
    }
}
