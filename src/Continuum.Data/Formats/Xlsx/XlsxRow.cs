namespace Continuum.Data.Formats.Xlsx;

/// <summary>
/// One worksheet row: its 1-based row number and the cell texts by 0-based column (A = 0). Cells absent from
/// the sparse sheet XML are null. Numbers are the stored invariant text (e.g. <c>613465.84</c>), strings resolved.
/// </summary>
/// <param name="Number">The 1-based row number as in Excel.</param>
/// <param name="Cells">Cell texts by column index; shorter than the sheet when trailing cells are empty.</param>
public sealed record XlsxRow(int Number, IReadOnlyList<string?> Cells)
{
    /// <summary>The text in column <paramref name="column"/> (0-based), trimmed, or "" when empty or absent.</summary>
    public string Text(int column) => column < Cells.Count ? (Cells[column] ?? string.Empty).Trim() : string.Empty;

    /// <summary>The raw (untrimmed) text in <paramref name="column"/>, or "".</summary>
    public string Raw(int column) => column < Cells.Count ? Cells[column] ?? string.Empty : string.Empty;

    /// <summary>True when no cell holds text.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The Excel column letters for a 0-based <paramref name="column"/> (0 → A, 27 → AB).</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}
