using System.Globalization;

namespace Continuum.Data.Formats.Xlsx;

/// <summary>
/// A read-only view of one decompressing zip entry that counts the bytes it yields and fails with an
/// <see cref="InputException"/> naming the file and the part once they pass <paramref name="limitBytes"/>, so a part
/// whose zip header understates its size (or a zip bomb) is stopped while it streams, not after it filled memory.
/// </summary>
internal sealed class XlsxPartStream(Stream inner, string file, string part, long limitBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The error for a part past its limit (also used when the zip's declared size is already past it).</summary>
    public static InputException TooBig(string file, string part, long limitBytes) => new(string.Create(CultureInfo.InvariantCulture,
        $"{part} expands past the {XlsxLimits.Megabytes(limitBytes)} MB limit (a zip bomb, or a workbook far larger than the publishers' files)"),
        file, field: part);

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        return _read > limitBytes ? throw TooBig(file, part, limitBytes) : n;
    }
}
