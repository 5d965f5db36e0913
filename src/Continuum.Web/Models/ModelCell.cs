namespace Continuum.Web.Models;

/// <summary>Cells for <see cref="ModelTable"/> and <see cref="ModelValue"/>: JSON has no NaN or infinity, so they become null.</summary>
public static class ModelCell
{
    /// <summary><paramref name="value"/>, or null when it is not finite.</summary>
    public static double? Number(double value) => double.IsFinite(value) ? value : null;

    /// <summary><paramref name="value"/>, or null when it is null or not finite.</summary>
    public static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
