namespace Continuum.Data.Formats.Xlsx;

/// <summary>
/// Limits that keep a workbook's memory bounded whatever its zip says: a 1.7 MB xlsx can hold a part that expands to
/// gigabytes (a zip bomb). Each part is counted while it is decompressed (the zip's declared sizes are checked first
/// but not trusted) and each cell's text is read in chunks, so no limit is passed by more than one 4 KB chunk. With
/// these limits a workbook read holds at most about 100 MB of shared strings (32 MB of XML as UTF-16 strings) plus one
/// row. The shipped workbooks are far below them (largest part 1.7 MB, longest cell 255 characters).
/// </summary>
public static class XlsxLimits
{
    /// <summary>The most bytes any part (a worksheet, the workbook, its relationships) may expand to: 128 MiB. Streamed, never held.</summary>
    public const long MaxPartBytes = 128L << 20;

    /// <summary>The most bytes <c>xl/sharedStrings.xml</c> may expand to: 32 MiB. Its strings are held in memory while a sheet is read.</summary>
    public const long MaxSharedStringsBytes = 32L << 20;

    /// <summary>The most characters in one cell or shared string: 32,767, Excel's own limit, so no workbook Excel wrote passes it.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>The most columns in a row: 16,384 (A to XFD), Excel's own limit; a reference past it is an error, not a huge row.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Mebibytes in a byte count, for messages.</summary>
    internal static long Megabytes(long bytes) => bytes >> 20;
}
