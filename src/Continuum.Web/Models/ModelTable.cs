using System.Text;
using Continuum.Data.IO;

namespace Continuum.Web.Models;

/// <summary>A table: column names and rows of numbers (null when undefined) or text.</summary>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows, each with one cell per column.</param>
public sealed record ModelTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The rows, with every non-finite number replaced by null (JSON has no NaN).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; } =
        Rows.Select(r => (IReadOnlyList<object?>)r.Select(c => c is double d && !double.IsFinite(d) ? null : c).ToList()).ToList();

    /// <summary>The table as UTF-8 CSV (header row, '\n' line ends; undefined numbers empty), written by <see cref="CsvWriter"/>.</summary>
    public byte[] ToCsv() => Encoding.UTF8.GetBytes(CsvWriter.Table(Columns, Rows));
}
