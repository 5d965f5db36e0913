using System.Globalization;
using Continuum.Models.Projection;

namespace Continuum.Models.LifeTables;

/// <summary>
/// An abridged period life table (ages 0, 1, 5, 10, …, 95 and the open interval 100+) built from central
/// death rates nmx, radix l0 = 1. Separation factors nax follow the UN/bayesPop method: Coale–Demeny for
/// ages 0 and 1–4 (by sex, from m0), Greville for 5–95 (nax = n/2 − n²/12·(nmx − 0.1·ln(m(x+5)/m(x−5))), falling
/// back to n/2 where that leaves (0, n)), and 1/m for 100+. nqx = n·nmx / (1 + (n − nax)·nmx); where that
/// exceeds 1 the table uses 1 − exp(−n·nmx) with nLx = ndx/nmx. Invariants: 0 ≤ nqx ≤ 1, lx non-increasing,
/// e0 = T0. Immutable.
/// </summary>
public sealed partial class LifeTable
{
    /// <summary>Number of abridged ages: 0, 1, 5, …, 100+.</summary>
    public const int AbridgedAgeCount = 22;

    /// <summary>Start of the open age interval, years.</summary>
    public const int OpenAgeStart = 100;

    private readonly double[] _mx = new double[AbridgedAgeCount];
    private readonly double[] _ax = new double[AbridgedAgeCount];
    private readonly double[] _qx = new double[AbridgedAgeCount];
    private readonly double[] _lx = new double[AbridgedAgeCount];
    private readonly double[] _nLx = new double[AbridgedAgeCount];
    private readonly double[] _tx = new double[AbridgedAgeCount];

    /// <summary>Builds the table from <paramref name="mx"/> (22 central death rates per person-year, each &gt; 0).</summary>
    public LifeTable(ReadOnlySpan<double> mx, Sex sex)
    {
        if (mx.Length != AbridgedAgeCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"expected {AbridgedAgeCount} death rates (ages 0, 1, 5, …, 100+), got {mx.Length}"), field: "mx");
        }

        for (var i = 0; i < AbridgedAgeCount; i++)
        {
            _mx[i] = Require.InRange(mx[i], 1e-12, 10, "mx at age " + AgeStart(i).ToString(CultureInfo.InvariantCulture));
        }

        Sex = sex;
        Build();
        BuildSingleYear();
    }

    /// <summary>The sex whose separation factors were used.</summary>
    public Sex Sex { get; }

    /// <summary>Central death rates nmx per person-year, by abridged age index.</summary>
    public ReadOnlySpan<double> Mx => _mx;

    /// <summary>Average years lived in the interval by those who die in it (nax), years.</summary>
    public ReadOnlySpan<double> Ax => _ax;

    /// <summary>Probability of dying in the interval (nqx); 1 for the open interval.</summary>
    public ReadOnlySpan<double> Qx => _qx;

    /// <summary>Survivors to exact age x out of a radix of 1 (lx).</summary>
    public ReadOnlySpan<double> Lx => _lx;

    /// <summary>Person-years lived in the interval (nLx) per radix; for 100+ this is T100.</summary>
    public ReadOnlySpan<double> PersonYears => _nLx;

    /// <summary>Person-years lived above exact age x (Tx) per radix.</summary>
    public ReadOnlySpan<double> Tx => _tx;

    /// <summary>Life expectancy at birth e0 = T0 / l0, years.</summary>
    public double LifeExpectancyAtBirth => _tx[0];

    /// <summary>The first age of abridged interval <paramref name="index"/> (0, 1, 5, 10, …, 100).</summary>
    public static int AgeStart(int index) => index switch
    {
        0 => 0,
        1 => 1,
        _ => (index - 1) * 5,
    };

    /// <summary>The width of abridged interval <paramref name="index"/> in years (1, 4, 5, …); 0 for the open interval.</summary>
    public static int Width(int index) => index switch
    {
        0 => 1,
        1 => 4,
        AbridgedAgeCount - 1 => 0,
        _ => 5,
    };

    /// <summary>Life expectancy at the start of abridged interval <paramref name="index"/>, years.</summary>
    public double LifeExpectancy(int index) => _lx[index] > 0 ? _tx[index] / _lx[index] : 0;

    /// <summary>
    /// Survivorship ratios for a 5-year cohort-component step, 21 values: [0] births in the period to age
    /// 0–4 at its end (5L0 / 5·l0); [k] for k = 1..19 from group k−1 to group k (5Lk / 5Lk−1); [20] from
    /// 95–99 and 100+ to 100+ (T100 / T95).
    /// </summary>
    public void FiveYearSurvivorshipRatios(Span<double> ratios)
    {
        const int Groups = AbridgedAgeCount - 1;
        if (ratios.Length != Groups)
        {
            throw new ArgumentException("expected 21 cells", nameof(ratios));
        }

        var previous = _nLx[0] + _nLx[1];
        ratios[0] = previous / (5 * _lx[0]);
        for (var k = 1; k < Groups - 1; k++)
        {
            var current = _nLx[k + 1];
            ratios[k] = Ratio(current, previous);
            previous = current;
        }

        ratios[Groups - 1] = Ratio(_tx[AbridgedAgeCount - 1], _tx[AbridgedAgeCount - 2]);
    }

    private static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : 0;

    private void Build()
    {
        _lx[0] = 1;
        for (var i = 0; i < AbridgedAgeCount - 1; i++)
        {
            var n = Width(i);
            var m = _mx[i];
            var a = SeparationFactor(i);
            var q = n * m / (1 + ((n - a) * m));
            var d = 0.0;
            if (q is > 1 or < 0 || !double.IsFinite(q))
            {
                q = 1 - Math.Exp(-n * m);
                d = _lx[i] * q;
                _nLx[i] = d / m;
                _ax[i] = d > 0 ? (_nLx[i] - (n * (_lx[i] - d))) / d : n / 2.0;
            }
            else
            {
                d = _lx[i] * q;
                _nLx[i] = (n * (_lx[i] - d)) + (a * d);
                _ax[i] = a;
            }

            _qx[i] = q;
            _lx[i + 1] = _lx[i] - d;
        }

        const int Open = AbridgedAgeCount - 1;
        _qx[Open] = 1;
        _ax[Open] = 1 / _mx[Open];
        _nLx[Open] = _lx[Open] / _mx[Open];
        _tx[Open] = _nLx[Open];
        for (var i = Open - 1; i >= 0; i--)
        {
            _tx[i] = _tx[i + 1] + _nLx[i];
        }
    }

    private double SeparationFactor(int i)
    {
        var m0 = _mx[0];
        var female = Sex == Sex.Female;
        switch (i)
        {
            case 0 when m0 >= 0.107: return female ? 0.35 : 0.33;
            case 0: return female ? 0.053 + (2.8 * m0) : 0.045 + (2.684 * m0);
            case 1 when m0 >= 0.107: return female ? 1.361 : 1.352;
            case 1: return female ? 1.522 - (1.518 * m0) : 1.651 - (2.816 * m0);
            default:
                var greville = 2.5 - (25.0 / 12.0 * (_mx[i] - (0.1 * Math.Log(_mx[i + 1] / _mx[i - 1]))));
                return greville is > 0 and < 5 ? greville : 2.5;
        }
    }
}
