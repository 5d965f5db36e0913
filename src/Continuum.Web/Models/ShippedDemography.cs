using Continuum.Data.Demography;

namespace Continuum.Web.Models;

/// <summary>The shipped WPP extracts (<c>data/demography</c>), read once on first use and shared by the model pages.</summary>
public sealed class ShippedDemography
{
    private readonly Lazy<WppDemography> _wpp = new(WppDemography.LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped tables (read on first access; read-only afterwards).</summary>
    public WppDemography Wpp => _wpp.Value;
}
