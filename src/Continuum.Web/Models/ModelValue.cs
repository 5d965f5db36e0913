namespace Continuum.Web.Models;

/// <summary>A headline value.</summary>
/// <param name="Name">Code, e.g. <c>npv_private</c>.</param>
/// <param name="Label">In words.</param>
/// <param name="Value">The value, null when undefined.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
public sealed record ModelValue(string Name, string Label, double? Value, string Unit)
{
    /// <summary>The value; null when undefined or not finite (JSON has no NaN).</summary>
    public double? Value { get; init; } = ModelCell.Number(Value);
}
