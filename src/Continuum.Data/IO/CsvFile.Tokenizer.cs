using System.Globalization;
using System.Text;

namespace Continuum.Data.IO;

/// <summary>What <see cref="CsvFile"/> saw of a file's line ends (see <c>docs/data-formats.md</c>, "Structure").</summary>
/// <param name="EndsWithLineEnd">True when the text ends with a line feed, or is empty.</param>
/// <param name="LastLine">The 1-based line on which the last record starts (0 when there is none).</param>
/// <param name="ProblemLine">The first line whose end breaks the file's style (CRLF and LF mixed, or a CR without LF), else null.</param>
/// <param name="Problem">What is wrong on <paramref name="ProblemLine"/>, as a sentence.</param>
public sealed record CsvLineEnds(bool EndsWithLineEnd, long LastLine, long? ProblemLine, string? Problem);

public sealed partial class CsvFile
{
    /// <summary>
    /// RFC 4180 tokenizer: quoted fields (doubled quotes, line ends inside), rows split on LF or CRLF. The first line
    /// end sets the file's style; a later one of the other style, or a CR not followed by LF outside quotes, is noted
    /// in <see cref="LineEnds"/> (the CR itself is dropped, as it always was).
    /// </summary>
    private sealed class Tokenizer(string path, string text)
    {
        private readonly List<(long Line, string[] Fields)> _rows = [];
        private readonly List<string> _fields = [];
        private readonly StringBuilder _field = new();
        private readonly LineEndStyle _style = new();
        private long _line = 1, _rowLine = 1;
        private long? _problemLine;
        private string? _problem;

        public CsvLineEnds LineEnds { get; private set; } = new(true, 0, null, null);

        public List<(long Line, string[] Fields)> Run()
        {
            var i = 0;
            var quoted = false;
            while (i < text.Length)
            {
                i = quoted ? Quoted(i, ref quoted) : Plain(i, ref quoted);
            }

            if (quoted)
            {
                throw new InputException("the file ends inside a quoted field (truncated?)", path, _rowLine);
            }

            if (_field.Length > 0 || _fields.Count > 0)
            {
                EndRow();
            }

            LineEnds = new CsvLineEnds(text.Length == 0 || text[^1] == '\n', _rows.Count == 0 ? 0 : _rows[^1].Line, _problemLine, _problem);
            return _rows;
        }

        private int Quoted(int i, ref bool quoted)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    _field.Append('"');
                    return i + 2;
                }

                quoted = false;
                return i + 1;
            }

            if (c == '\n')
            {
                _line++;
            }

            _field.Append(c);
            return i + 1;
        }

        private int Plain(int i, ref bool quoted)
        {
            switch (text[i])
            {
                case '"' when _field.Length == 0: quoted = true; return i + 1;
                case ',': _fields.Add(_field.ToString()); _field.Clear(); return i + 1;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': LineEnd(crlf: true); return i + 2;
                case '\r' when i + 1 == text.Length:
                    return i + 1; // the file ends between CR and LF: reported as a missing final line end
                case '\r':
                    Note(LineEndStyle.StrayCarriageReturn);
                    return i + 1;
                case '\n': LineEnd(crlf: false); return i + 1;
                default:
                    // Copy the rest of an unquoted field in one step (most fields), not char by char.
                    var rest = text.AsSpan(i);
                    var n = rest.IndexOfAny(",\r\n");
                    n = n < 0 ? rest.Length : Math.Max(n, 1);
                    _field.Append(rest[..n]);
                    return i + n;
            }
        }

        private void LineEnd(bool crlf)
        {
            if (_style.Observe(crlf, _line) is { } problem)
            {
                Note(problem);
            }

            EndRow();
            _line++;
            _rowLine = _line;
        }

        private void EndRow()
        {
            _fields.Add(_field.ToString());
            _field.Clear();
            _rows.Add((_rowLine, _fields.ToArray()));
            _fields.Clear();
        }

        private void Note(string problem)
        {
            if (_problemLine is null)
            {
                (_problemLine, _problem) = (_line, problem);
            }
        }

    }
}
