using System.Globalization;

namespace Continuum.Data.IO;

/// <summary>
/// The line-end rule of the publishers' CSV files, shared by <see cref="CsvFile"/>'s tokenizer and the streaming
/// structure scan that runs before DuckDB reads a file: the first line end sets the file's style (LF or CRLF), and a
/// line end in the other style, or a carriage return not followed by a line feed, is a fault at its line.
/// </summary>
internal sealed class LineEndStyle
{
    /// <summary>The sentence for a CR that is not followed by LF.</summary>
    public const string StrayCarriageReturn =
        "the line holds a carriage return that is not followed by a line feed (a doubled CR, or old Mac line ends)";

    private bool? _crlf;
    private long _styleLine;

    /// <summary>Notes the line end of <paramref name="line"/>; returns the fault's sentence when its style differs from the file's, else null.</summary>
    public string? Observe(bool crlf, long line)
    {
        if (_crlf is null)
        {
            (_crlf, _styleLine) = (crlf, line);
            return null;
        }

        return _crlf == crlf ? null : string.Create(CultureInfo.InvariantCulture,
            $"the line ends in {Name(crlf)} but line {_styleLine} ends in {Name(!crlf)} (mixed line ends)");
    }

    private static string Name(bool crlf) => crlf ? "CRLF" : "LF";
}
