using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Continuum.Data.IO;

namespace Continuum.Data.Formats;

/// <summary>
/// A streaming check of a CSV file's structure, for files that DuckDB's reader stages (WDI long and wide CSVs): strict
/// UTF-8, line ends all LF or all CRLF, quotes only around whole fields, every row below the header with the header's
/// field count, at least one data row, and a line end after the last record. DuckDB would accept a file cut in the
/// middle of its last number and store the cut number, and it reports the other faults as "Error when sniffing file"
/// with no line; this scan names the file, line and field instead. It reads the file once in 1 MB chunks and
/// allocates nothing per row.
/// </summary>
internal sealed partial class CsvStructureScan
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>The longest row accepted, in bytes: DuckDB's reader refuses rows past 2 MB with its own text; a WDI row is about 1 KB.</summary>
    public const long MaxRowBytes = 1 << 20;
    private static readonly SearchValues<byte> PlainStops = SearchValues.Create(",\"\r\n"u8);
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\n"u8);

    private readonly string _path;
    private readonly long _headerLine;
    private readonly IReadOnlyList<string> _header;
    private readonly LineEndStyle _style = new();
    private long _line = 1, _recordLine = 1, _dataRows;
    private long _fields, _fieldLength, _rowBytes;
    private bool _quoted, _afterQuote, _pendingQuote, _pendingCr, _lineEmpty = true;

    private CsvStructureScan(string path, long headerLine, IReadOnlyList<string> header) =>
        (_path, _headerLine, _header) = (path, headerLine, header);

    /// <summary>
    /// Checks <paramref name="path"/>, whose header is on <paramref name="headerLine"/> with the columns
    /// <paramref name="header"/> (rows above it are a preamble: only encoding, quotes and line ends are checked there).
    /// Returns the number of data rows; any fault is an <see cref="InputException"/> naming the file and line.
    /// </summary>
    public static long Check(string path, long headerLine, IReadOnlyList<string> header)
    {
        var scan = new CsvStructureScan(path, headerLine, header);
        scan.Run();
        return scan._dataRows;
    }

    private void Run()
    {
        using var stream = new FileStream(path: _path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes + 4];
        int carry = 0, read;
        var first = true;
        while ((read = stream.Read(buffer, carry, ChunkBytes)) > 0)
        {
            var n = carry + read;
            var start = first && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            first = false;
            var cut = CompleteUtf8(buffer.AsSpan(0, n));
            RequireUtf8(buffer.AsSpan(start, cut - start));
            Scan(buffer.AsSpan(start, cut - start));
            carry = n - cut;
            buffer.AsSpan(cut, carry).CopyTo(buffer);
        }

        if (carry > 0)
        {
            RequireUtf8(buffer.AsSpan(0, carry));
            Scan(buffer.AsSpan(0, carry));
        }

        Finish();
    }

    /// <summary>The length of the prefix of <paramref name="bytes"/> that ends on a whole UTF-8 sequence (at most 3 bytes are held back).</summary>
    private static int CompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var cut = bytes.Length;
        var back = 0;
        while (cut > 0 && back < 3 && (bytes[cut - 1] & 0xC0) == 0x80)
        {
            cut--;
            back++;
        }

        return cut > 0 && bytes[cut - 1] >= 0xC0 ? cut - 1 : bytes.Length;
    }

    private void RequireUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        var line = _line + bytes[..valid].Count((byte)'\n');
        throw new InputException("the file is not valid UTF-8 text (wrong encoding?)", _path, line);
    }

    /// <summary>The 1-based line of the first byte that is not UTF-8 (read as far as needed), or null when the file is valid.</summary>
    public static long? FirstInvalidUtf8Line(string path)
    {
        try
        {
            Check(path, long.MaxValue, []);
            return null;
        }
        catch (InputException ex) when (ex.Problem.Contains("UTF-8", StringComparison.Ordinal))
        {
            return ex.Line;
        }
        catch (InputException)
        {
            return null;
        }
    }

    private void Fail(string problem, long? line = null, string? field = null) =>
        throw new InputException(problem, _path, line ?? _line, field);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
