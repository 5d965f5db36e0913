using Continuum.Data.Simulation;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>Writes <see cref="CountryYear"/> rows as CSV ('\n' line ends, invariant numbers, stable order).</summary>
public static class RunCsv
{
    /// <summary>Writes the header and <paramref name="rows"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<CountryYear> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(CountryYear.CsvHeader);
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(row.CsvLine());
            writer.Write('\n');
        }
    }
}
