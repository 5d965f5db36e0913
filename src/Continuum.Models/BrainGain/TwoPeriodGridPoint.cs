namespace Continuum.Models.BrainGain;

/// <summary>The two-period model at one emigration probability of a grid: the outcome, its decomposition and the counterfactual curves.</summary>
/// <param name="Outcome">The model solved with all channels.</param>
/// <param name="Decomposition">The change from p = 0 split into drain, incentive and return.</param>
/// <param name="DrainOnlyHumanCapital">Residents' average human capital with schooling fixed at p = 0 and no return (home efficiency units).</param>
/// <param name="NoReturnHumanCapital">Residents' average human capital with schooling responding but no return (home efficiency units).</param>
public sealed record TwoPeriodGridPoint(
    TwoPeriodOutcome Outcome,
    BrainGainDecomposition Decomposition,
    double DrainOnlyHumanCapital,
    double NoReturnHumanCapital)
{
    /// <summary>The emigration probability p of this point.</summary>
    public double EmigrationProbability => Outcome.EmigrationProbability;

    /// <summary>Solves <paramref name="model"/> at every p of <paramref name="grid"/> (each in [0, 1]), in grid order.</summary>
    public static TwoPeriodGridPoint[] Over(TwoPeriodBrainGainModel model, IReadOnlyList<double> grid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        var noReturn = new TwoPeriodChannels(Incentive: true, Return: false);
        var points = new TwoPeriodGridPoint[grid.Count];
        for (var i = 0; i < grid.Count; i++)
        {
            var p = grid[i];
            points[i] = new TwoPeriodGridPoint(model.Solve(p, TwoPeriodChannels.All), BrainGainDecomposition.At(model, p),
                model.Solve(p, TwoPeriodChannels.DrainOnly).ResidentHumanCapital, model.Solve(p, noReturn).ResidentHumanCapital);
        }

        return points;
    }
}
