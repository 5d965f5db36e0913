namespace Continuum.Models.BrainGain;

/// <summary>A lifetime value linear in ability: Intercept + Slope·ν (wage units).</summary>
internal readonly record struct ValueLine(double Intercept, double Slope)
{
    public double At(double ability) => Intercept + (Slope * ability);
}
