namespace Continuum.Core.Development;

/// <summary>
/// One worker thread's development state: its integer sums of the current year and the per-chunk scratch through
/// which the development processes hand a person's values on (integration factor → earnings → remittances). The
/// processes of one chunk run one after the other on the same worker, so the scratch of slot <c>start + k</c> is
/// element <c>k</c> until the next chunk.
/// </summary>
public sealed class DevelopmentWorker
{
    /// <summary>Allocates sums for <paramref name="countries"/> countries (scratch grows with the first chunk).</summary>
    public DevelopmentWorker(int countries)
        : this(new DevelopmentSums(countries))
    {
    }

    /// <summary>A worker that adds into <paramref name="sums"/>.</summary>
    public DevelopmentWorker(DevelopmentSums sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        Sums = sums;
    }

    /// <summary>The worker's sums of the current year.</summary>
    public DevelopmentSums Sums { get; }

    /// <summary>The integration factor of each employed person of the chunk (written by the integration process).</summary>
    public double[] IntegrationFactor { get; private set; } = [];

    /// <summary>The annual earnings in US$ of each employed person of the chunk (written by the earnings process).</summary>
    public double[] EarningsUsd { get; private set; } = [];

    /// <summary>Makes the scratch hold at least <paramref name="slots"/> persons (allocates only when a chunk is larger than any before).</summary>
    public void EnsureScratch(int slots)
    {
        if (IntegrationFactor.Length < slots)
        {
            IntegrationFactor = new double[slots];
            EarningsUsd = new double[slots];
        }
    }
}
