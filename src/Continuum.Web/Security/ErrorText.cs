using System.Text.RegularExpressions;

namespace Continuum.Web.Security;

/// <summary>
/// Keeps server paths out of answers: a message that mentions a file in the temporary folder (where uploads and lever
/// files are written) names it <c>upload</c> instead, whatever library wrote the message.
/// </summary>
public static class ErrorText
{
    private static readonly Regex TempPath = new(Regex.Escape(Path.GetTempPath().TrimEnd('/', '\\')) + @"[/\\][^\s'""]*",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary><paramref name="message"/> with every temporary-folder path replaced by <c>upload</c>.</summary>
    public static string Scrub(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TempPath.Replace(message, "upload");
    }
}
