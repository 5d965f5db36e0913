using System.Globalization;
using System.Text;

namespace Continuum;

/// <summary>
/// A user's input is wrong: a file, a line in it, a field and what was wrong. The command line prints
/// <see cref="Exception.Message"/> as one sentence and exits non-zero; it never shows a stack trace.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an error about <paramref name="field"/> in <paramref name="file"/> at <paramref name="line"/>.</summary>
    public InputException(string problem, string? file = null, long? line = null, string? field = null, Exception? inner = null)
        : base(Compose(problem, file, line, field), inner)
    {
        Problem = problem;
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The file the input came from, when there is one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line (or row) in <see cref="File"/>, when known.</summary>
    public long? Line { get; }

    /// <summary>The field, column, key or parameter that is wrong, when known.</summary>
    public string? Field { get; }

    private static string Compose(string problem, string? file, long? line, string? field)
    {
        var sb = new StringBuilder();
        if (file is not null)
        {
            sb.Append(file);
            if (line is not null)
            {
                sb.Append(':').Append(line.Value.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(": ");
        }

        if (field is not null)
        {
            sb.Append("field '").Append(field).Append("': ");
        }

        return sb.Append(problem).ToString();
    }
}
