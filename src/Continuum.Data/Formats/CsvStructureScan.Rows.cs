using Continuum.Data.IO;

namespace Continuum.Data.Formats;

internal sealed partial class CsvStructureScan
{
    private void Scan(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (_pendingCr)
            {
                _pendingCr = false;
                if (span[i] != '\n')
                {
                    Fail(LineEndStyle.StrayCarriageReturn);
                }

                LineEnd(crlf: true);
                i++;
            }
            else if (_pendingQuote && span[i] == '"')
            {
                // A doubled quote inside a quoted field.
                _pendingQuote = false;
                _rowBytes++;
                i++;
            }
            else
            {
                if (_pendingQuote)
                {
                    (_pendingQuote, _quoted, _afterQuote) = (false, false, true);
                }

                i = _quoted ? Quoted(span, i) : Plain(span, i);
            }
        }
    }

    private int Quoted(ReadOnlySpan<byte> span, int i)
    {
        var k = span[i..].IndexOfAny(QuotedStops);
        var end = k < 0 ? span.Length : i + k;
        _rowBytes += end - i;
        if (k < 0)
        {
            return end;
        }

        _rowBytes++;
        if (span[end] == '\n')
        {
            _line++;
        }
        else
        {
            _pendingQuote = true;
        }

        return end + 1;
    }

    private int Plain(ReadOnlySpan<byte> span, int i)
    {
        var k = span[i..].IndexOfAny(PlainStops);
        var end = k < 0 ? span.Length : i + k;
        if (end > i)
        {
            if (_afterQuote)
            {
                Fail("the line has text after the closing quote of a field", _recordLine, Column());
            }

            (_fieldLength, _lineEmpty) = (_fieldLength + end - i, false);
            _rowBytes += end - i;
            return end;
        }

        _rowBytes++;
        switch (span[i])
        {
            case (byte)',': (_fields, _fieldLength, _afterQuote, _lineEmpty) = (_fields + 1, 0, false, false); break;
            case (byte)'"' when _fieldLength == 0 && !_afterQuote: (_quoted, _lineEmpty) = (true, false); break;
            case (byte)'"': Fail("the line has a quote inside an unquoted field", _recordLine, Column()); break;
            case (byte)'\r': _pendingCr = true; break;
            default: LineEnd(crlf: false); break;
        }

        return i + 1;
    }

    private void LineEnd(bool crlf)
    {
        if (_style.Observe(crlf, _line) is { } problem)
        {
            Fail(problem);
        }

        EndRow();
        _line++;
        (_recordLine, _fields, _fieldLength, _rowBytes, _afterQuote, _lineEmpty) = (_line, 0, 0, 0, false, true);
    }

    private void EndRow()
    {
        if (_rowBytes > MaxRowBytes)
        {
            Fail(Text($"the row is longer than {MaxRowBytes / (1 << 20)} MB (not a WDI file?)"), _recordLine);
        }

        if (_recordLine <= _headerLine)
        {
            return;
        }

        if (_lineEmpty)
        {
            Fail("the line is blank (a data file has no blank lines among or after its rows)", _recordLine);
        }

        var count = _fields + 1;
        if (count != _header.Count)
        {
            Fail(CsvRows.FieldCount(count, _header.Count),
                _recordLine, count < _header.Count ? _header[(int)count] : null);
        }

        _dataRows++;
    }

    private void Finish()
    {
        if (_pendingQuote)
        {
            (_pendingQuote, _quoted) = (false, false);
        }

        if (_quoted)
        {
            Fail("the file ends inside a quoted field (truncated?)", _recordLine);
        }

        if (_pendingCr || !_lineEmpty)
        {
            Fail(CsvRows.Truncated(_recordLine), _recordLine, Column());
        }

        if (_dataRows == 0)
        {
            Fail(CsvRows.NoRows, _headerLine);
        }
    }

    private string? Column() => _fields < _header.Count && _recordLine > _headerLine ? _header[(int)_fields] : null;

}
