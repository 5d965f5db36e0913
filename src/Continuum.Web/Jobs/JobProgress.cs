namespace Continuum.Web.Jobs;

/// <summary>What a running job tells its watchers.</summary>
public sealed class JobProgress
{
    private readonly Lock _lock = new();
    private double _fraction;
    private string _message = "queued";

    /// <summary>Sets the fraction done (clamped to 0..1) and a message.</summary>
    public void Report(double fraction, string message)
    {
        lock (_lock)
        {
            _fraction = double.IsNaN(fraction) ? _fraction : Math.Clamp(fraction, 0, 1);
            _message = message ?? string.Empty;
        }
    }

    /// <summary>The fraction done and the latest message.</summary>
    public (double Fraction, string Message) Current
    {
        get
        {
            lock (_lock)
            {
                return (_fraction, _message);
            }
        }
    }
}
