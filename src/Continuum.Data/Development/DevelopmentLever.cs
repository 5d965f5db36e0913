namespace Continuum.Data.Development;

/// <summary>One development lever setting as read from a scenario file, with where it came from.</summary>
/// <param name="Lever">Lever name, e.g. <c>return_premium</c>.</param>
/// <param name="Key">Country ("ROU"), corridor ("CAN-PHL"), or "ALL".</param>
/// <param name="Value">The value (a rate, fraction, or persons per year).</param>
/// <param name="File">The scenario file.</param>
/// <param name="Line">The line in <paramref name="File"/>.</param>
/// <param name="DelayYears">For <c>credential_recognition</c>: years after landing before recognition applies.</param>
public sealed record DevelopmentLever(string Lever, string Key, double Value, string File, long Line, double DelayYears = 0)
{
    /// <summary>"lever.key", as written in the file.</summary>
    public string QualifiedName => $"development.{Lever}.{Key}";

    /// <summary>An <see cref="InputException"/> at this lever's file and line.</summary>
    public InputException Error(string problem) => new(problem, File, Line, QualifiedName);
}
