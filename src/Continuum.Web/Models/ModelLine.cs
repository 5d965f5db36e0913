namespace Continuum.Web.Models;

/// <summary>One line of a chart.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="X">x values, ascending.</param>
/// <param name="Y">y values (null where undefined), one per x.</param>
/// <param name="Dashed">Drawn dashed (a reference line).</param>
public sealed record ModelLine(string Name, IReadOnlyList<double> X, IReadOnlyList<double?> Y, bool Dashed = false)
{
    /// <summary>A line from finite-or-not values (non-finite become null).</summary>
    public static ModelLine Of(string name, IReadOnlyList<double> x, IEnumerable<double> y, bool dashed = false) =>
        new(name, x, y.Select(ModelCell.Number).ToList(), dashed);
}
