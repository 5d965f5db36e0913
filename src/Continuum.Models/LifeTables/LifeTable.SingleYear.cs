namespace Continuum.Models.LifeTables;

/// <summary>
/// Single-year columns derived from the abridged table for 1-year projection steps and microsimulation.
/// ln l at single ages is a monotone cubic (PCHIP, Fritsch–Carlson) through ln lx at the abridged ages, so it
/// reproduces every abridged lx (hence nqx) exactly while letting the hazard rise within an interval; if some
/// lx is 0 the table falls back to geometric interpolation (constant hazard). Single-year person-years are
/// (l(x) − l(x+1)) / ln(l(x)/l(x+1)) (constant hazard within the year); 1L0 and T100 are the abridged values.
/// Every 1-year survivorship ratio is then in [0, 1]; the single-year e0 differs slightly from the abridged one.
/// </summary>
public sealed partial class LifeTable
{
    /// <summary>Number of single-year ages: 0, 1, …, 99 and the open interval 100+.</summary>
    public const int SingleYearAgeCount = OpenAgeStart + 1;

    private readonly double[] _singleLx = new double[SingleYearAgeCount];
    private readonly double[] _singleLPersonYears = new double[SingleYearAgeCount];

    /// <summary>Survivors to exact single ages 0..100 out of a radix of 1.</summary>
    public ReadOnlySpan<double> SingleYearLx => _singleLx;

    /// <summary>Person-years lived at single ages 0..99 (1Lx); the last cell is T100 for the open interval.</summary>
    public ReadOnlySpan<double> SingleYearPersonYears => _singleLPersonYears;

    /// <summary>
    /// Probability that a person of exact age <paramref name="age"/> dies within one year (1qx), 0 ≤ q ≤ 1.
    /// For the open interval (100+) it is 1 − exp(−m100), the one-year probability under its constant rate.
    /// </summary>
    public double SingleYearDeathProbability(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        if (age >= OpenAgeStart)
        {
            return 1 - Math.Exp(-_mx[AbridgedAgeCount - 1]);
        }

        return _singleLx[age] > 0 ? 1 - (_singleLx[age + 1] / _singleLx[age]) : 1;
    }

    /// <summary>
    /// Survivorship ratios for a 1-year cohort-component step, 101 values: [0] births in the year to age 0 at
    /// its end (1L0 / l0); [x] for x = 1..99 from age x−1 to age x (1Lx / 1Lx−1); [100] from 99 and 100+ to
    /// 100+ (T100 / T99). Each is in [0, 1].
    /// </summary>
    public void SingleYearSurvivorshipRatios(Span<double> ratios)
    {
        if (ratios.Length != SingleYearAgeCount)
        {
            throw new ArgumentException("expected 101 cells", nameof(ratios));
        }

        ratios[0] = _singleLPersonYears[0] / _lx[0];
        for (var x = 1; x < OpenAgeStart; x++)
        {
            ratios[x] = Ratio(_singleLPersonYears[x], _singleLPersonYears[x - 1]);
        }

        var t100 = _singleLPersonYears[OpenAgeStart];
        ratios[OpenAgeStart] = Ratio(t100, t100 + _singleLPersonYears[OpenAgeStart - 1]);
    }

    private void BuildSingleYear()
    {
        var ages = new double[AbridgedAgeCount];
        var logLx = new double[AbridgedAgeCount];
        var allPositive = true;
        for (var i = 0; i < AbridgedAgeCount; i++)
        {
            ages[i] = AgeStart(i);
            allPositive &= _lx[i] > 0;
            logLx[i] = allPositive ? Math.Log(_lx[i]) : 0;
        }

        var slopes = allPositive ? MonotoneCubic.Slopes(ages, logLx) : null;
        for (var i = 0; i < AbridgedAgeCount - 1; i++)
        {
            var start = AgeStart(i);
            for (var k = 0; k < Width(i); k++)
            {
                _singleLx[start + k] = slopes is null
                    ? GeometricLx(i, k)
                    : Math.Exp(MonotoneCubic.Evaluate(ages[i], ages[i + 1], logLx[i], logLx[i + 1], slopes[i], slopes[i + 1], start + k));
            }
        }

        _singleLx[OpenAgeStart] = _lx[AbridgedAgeCount - 1];
        _singleLPersonYears[0] = _nLx[0];
        for (var x = 1; x < OpenAgeStart; x++)
        {
            _singleLPersonYears[x] = PersonYearsConstantHazard(_singleLx[x], _singleLx[x + 1]);
        }

        _singleLPersonYears[OpenAgeStart] = _nLx[AbridgedAgeCount - 1];
    }

    private double GeometricLx(int i, int k) =>
        _lx[i] > 0 ? _lx[i] * Math.Pow(_lx[i + 1] / _lx[i], (double)k / Width(i)) : 0;

    private static double PersonYearsConstantHazard(double lStart, double lEnd)
    {
        if (lStart <= 0)
        {
            return 0;
        }

        if (lEnd <= 0)
        {
            return lStart / 2;
        }

        var hazard = Math.Log(lStart / lEnd);
        return hazard > 1e-12 ? (lStart - lEnd) / hazard : lStart;
    }
}
