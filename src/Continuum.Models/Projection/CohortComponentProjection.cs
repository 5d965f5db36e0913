using System.Globalization;

namespace Continuum.Models.Projection;

/// <summary>
/// The UN cohort-component projection (WPP method as coded in bayesPop's <c>TotalPopProj</c>), for two sexes
/// in 5-year steps on 5-year groups or 1-year steps on single years. For each cell x ≥ 1 and step h:
/// P(x, t+h) = P(x−1, t)·S(x) + ½·(M(x) + M(x−1)·S(x)); the open cell takes (P(ω−1) + P(ω))·S(ω).
/// Births B = h·Σ f(x)·½·(W(x, t) + W(x, t+h)), split by the sex ratio at birth, enter the first cell as
/// B(s)·S(0) + ½·M(0). Migrants are spread evenly over the step. A cell that emigration would make negative
/// is set to 0, and only the realised migration is counted (<see cref="ProjectionResult.NetMigration"/>).
/// </summary>
public static class CohortComponentProjection
{
    /// <summary>Projects <paramref name="inputs"/> from the base year to <paramref name="toYear"/> in steps of <paramref name="step"/>.</summary>
    public static ProjectionResult Project(ProjectionInputs inputs, int toYear, ProjectionStep step)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Validate(inputs, toYear, step);
        var years = (int)step;
        var steps = (toYear - inputs.BaseYear) / years;
        var rates = inputs.Periods.Select(p => new StepRates(p, step)).ToArray();
        var cells = rates[0].Cells;
        var population = new double[(steps + 1) * 2 * cells];
        var births = new double[steps];
        var deaths = new double[steps];
        var migration = new double[steps];
        WriteBase(inputs, step, population.AsSpan(0, 2 * cells));
        for (var i = 0; i < steps; i++)
        {
            var from = population.AsSpan(i * 2 * cells, 2 * cells);
            var to = population.AsSpan((i + 1) * 2 * cells, 2 * cells);
            var stepRates = rates[i * years / PeriodRates.PeriodYears];
            var flows = Advance(stepRates, from, to);
            births[i] = flows.Births;
            deaths[i] = flows.Deaths;
            migration[i] = flows.Migration;
        }

        return new ProjectionResult(inputs.BaseYear, step, steps + 1, population, births, deaths, migration);
    }

    private static void Validate(ProjectionInputs inputs, int toYear, ProjectionStep step)
    {
        if (step is not (ProjectionStep.OneYear or ProjectionStep.FiveYears))
        {
            throw new InputException("the step must be 1 or 5 years", field: "step");
        }

        Require.InRange(toYear, inputs.BaseYear, inputs.EndYear, "to year");
        if ((toYear - inputs.BaseYear) % (int)step != 0)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{toYear} is not a whole number of {(int)step}-year steps from the base year {inputs.BaseYear}"), field: "to year");
        }
    }

    private static void WriteBase(ProjectionInputs inputs, ProjectionStep step, Span<double> destination)
    {
        var cells = destination.Length / 2;
        for (var s = 0; s < 2; s++)
        {
            var target = destination.Slice(s * cells, cells);
            if (step == ProjectionStep.FiveYears)
            {
                inputs.BasePopulation((Sex)s).CopyTo(target);
            }
            else
            {
                AgeSplit.Sprague(inputs.BasePopulation((Sex)s), target);
            }
        }
    }

    private static (double Births, double Deaths, double Migration) Advance(StepRates rates, ReadOnlySpan<double> from, Span<double> to)
    {
        var cells = rates.Cells;
        var deaths = 0.0;
        var migration = 0.0;
        for (var s = 0; s < 2; s++)
        {
            SurviveAndMigrate(rates.Survival((Sex)s), rates.Migration((Sex)s), from.Slice(s * cells, cells), to.Slice(s * cells, cells),
                ref deaths, ref migration);
        }

        var births = 0.0;
        var womenBefore = from[..cells];
        var womenAfter = to[..cells];
        for (var c = 0; c < cells; c++)
        {
            births += rates.AsfrPerYear[c] * 0.5 * (womenBefore[c] + womenAfter[c]);
        }

        births *= rates.Years;
        var female = births / (1 + rates.SexRatioAtBirth);
        EnterFirstCell(female, rates.Survival(Sex.Female)[0], rates.Migration(Sex.Female)[0], ref to[0], ref deaths, ref migration);
        EnterFirstCell(births - female, rates.Survival(Sex.Male)[0], rates.Migration(Sex.Male)[0], ref to[cells], ref deaths, ref migration);
        return (births, deaths, migration);
    }

    private static void SurviveAndMigrate(ReadOnlySpan<double> survival, ReadOnlySpan<double> migrants, ReadOnlySpan<double> from, Span<double> to,
        ref double deaths, ref double migration)
    {
        var last = from.Length - 1;
        for (var c = 1; c < last; c++)
        {
            var survivors = from[c - 1] * survival[c];
            deaths += from[c - 1] - survivors;
            Place(ref to[c], survivors, 0.5 * (migrants[c] + (migrants[c - 1] * survival[c])), ref migration);
        }

        var open = from[last - 1] + from[last];
        var openSurvivors = open * survival[last];
        deaths += open - openSurvivors;
        Place(ref to[last], openSurvivors, 0.5 * (migrants[last] + ((migrants[last - 1] + migrants[last]) * survival[last])), ref migration);
    }

    private static void EnterFirstCell(double births, double survival, double migrants, ref double cell, ref double deaths, ref double migration)
    {
        var survivors = births * survival;
        deaths += births - survivors;
        Place(ref cell, survivors, 0.5 * migrants, ref migration);
    }

    private static void Place(ref double cell, double survivors, double migrants, ref double migration)
    {
        var value = Math.Max(0, survivors + migrants);
        migration += value - survivors;
        cell = value;
    }
}
