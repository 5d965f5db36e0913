namespace Continuum.Testing;

/// <summary>An output differs from its golden file (any test framework reports it as a failure with this message).</summary>
public sealed class GoldenMismatchException : Exception
{
    /// <summary>Creates the exception with the message that names the file and the first differing line.</summary>
    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public GoldenMismatchException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
