using System.Globalization;

namespace Continuum.Core.Development;

/// <summary>
/// Annual labour earnings by country, education, age and integration status (US$ of the anchor year per
/// worker). A worker's relative factor is the Mincer form exp(β·S + γ₁·x + γ₂·x²) with S the years of schooling
/// of the education level in that country and x = max(0, age − S − 6) years of potential experience.
/// Each country's scale is set by <see cref="Anchored"/> so that the mean earnings of its employed persons in
/// the anchor year equal labour share × GDP ÷ employment (PWT 10.01 labsh and emp, WDI GDP in current US$).
/// Immigrants earn the host's earnings for their level and age times their integration factor; returnees earn
/// the home earnings times (1 + return premium). Immutable.
/// </summary>
public sealed class EarningsModel
{
    private readonly double[] _earningsPerWorkerUsd;
    private readonly double[] _schoolingYears;
    private readonly double[] _scale;

    /// <summary>Creates an unanchored model (every scale equals the mean earnings per worker).</summary>
    /// <param name="earningsPerWorkerUsd">Mean labour earnings per employed person by country, US$ per year (&gt; 0).</param>
    /// <param name="schoolingYears">Years of schooling by [country × 3 + level], 0–25.</param>
    /// <param name="returnPerYearOfSchooling">β, log points per year of schooling, 0–0.5.</param>
    /// <param name="experienceLinear">γ₁, log points per year of experience, 0–0.2.</param>
    /// <param name="experienceQuadratic">γ₂, log points per squared year, −0.01–0.</param>
    public EarningsModel(double[] earningsPerWorkerUsd, double[] schoolingYears, double returnPerYearOfSchooling,
        double experienceLinear, double experienceQuadratic)
        : this(earningsPerWorkerUsd, schoolingYears, returnPerYearOfSchooling, experienceLinear, experienceQuadratic, null)
    {
    }

    private EarningsModel(double[] earnings, double[] schooling, double beta, double g1, double g2, double[]? scale)
    {
        ArgumentNullException.ThrowIfNull(earnings);
        ArgumentNullException.ThrowIfNull(schooling);
        if (schooling.Length != earnings.Length * 3)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"has {schooling.Length} values, expected 3 per country ({earnings.Length * 3})"), field: "schooling years");
        }

        foreach (var e in earnings)
        {
            Require.Positive(e, "earnings per worker");
        }

        foreach (var s in schooling)
        {
            Require.InRange(s, 0, 25, "schooling years");
        }

        _earningsPerWorkerUsd = earnings;
        _schoolingYears = schooling;
        ReturnPerYearOfSchooling = Require.InRange(beta, 0, 0.5, "education_premium");
        ExperienceLinear = Require.InRange(g1, 0, 0.2, "experience (linear)");
        ExperienceQuadratic = Require.InRange(g2, -0.01, 0, "experience (quadratic)");
        _scale = scale ?? (double[])earnings.Clone();
    }

    /// <summary>Countries.</summary>
    public int Countries => _earningsPerWorkerUsd.Length;

    /// <summary>β, log points per year of schooling.</summary>
    public double ReturnPerYearOfSchooling { get; }

    /// <summary>γ₁.</summary>
    public double ExperienceLinear { get; }

    /// <summary>γ₂.</summary>
    public double ExperienceQuadratic { get; }

    /// <summary>Mean earnings per employed person of <paramref name="country"/> in the anchor year, US$.</summary>
    public double EarningsPerWorkerUsd(int country) => _earningsPerWorkerUsd[country];

    /// <summary>Years of schooling of <paramref name="level"/> in <paramref name="country"/>.</summary>
    public double SchoolingYears(int country, int level) => _schoolingYears[(country * 3) + level];

    /// <summary>The Mincer factor exp(β·S + γ₁·x + γ₂·x²) of a worker (dimensionless, &gt; 0).</summary>
    public double RelativeFactor(int country, int level, int age)
    {
        var s = _schoolingYears[(country * 3) + level];
        var x = Math.Max(0, age - s - 6);
        return Math.Exp((ReturnPerYearOfSchooling * s) + (ExperienceLinear * x) + (ExperienceQuadratic * x * x));
    }

    /// <summary>Skill-level annual earnings of a worker in <paramref name="country"/>, US$ (anchored scale × factor).</summary>
    public double AnnualEarningsUsd(int country, int level, int age) => _scale[country] * RelativeFactor(country, level, age);

    /// <summary>US$ per unit of relative factor in <paramref name="country"/>.</summary>
    public double Scale(int country) => _scale[country];

    /// <summary>
    /// A copy whose scales make the mean earnings of each country's employed equal its earnings per worker:
    /// scale = earnings per worker ÷ <paramref name="meanFactorOfEmployed"/> (the employment-weighted mean
    /// <see cref="RelativeFactor"/> in the anchor year, computed from the simulated population).
    /// </summary>
    public EarningsModel Anchored(double[] meanFactorOfEmployed)
    {
        ArgumentNullException.ThrowIfNull(meanFactorOfEmployed);
        if (meanFactorOfEmployed.Length != Countries)
        {
            throw new ArgumentException("one mean factor per country is needed", nameof(meanFactorOfEmployed));
        }

        var scale = new double[Countries];
        for (var c = 0; c < Countries; c++)
        {
            scale[c] = _earningsPerWorkerUsd[c] / Require.Positive(meanFactorOfEmployed[c], "mean earnings factor");
        }

        return new EarningsModel(_earningsPerWorkerUsd, _schoolingYears, ReturnPerYearOfSchooling, ExperienceLinear, ExperienceQuadratic, scale);
    }
}
