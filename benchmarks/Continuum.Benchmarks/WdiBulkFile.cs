using System.Globalization;
using System.Text;
using Continuum.Data.Areas;

namespace Continuum.Benchmarks;

/// <summary>
/// Writes a WDI bulk-format file (the layout of <c>WDICSV.csv</c> in <c>WDI_CSV.zip</c>: quoted
/// <c>Country Name,Country Code,Indicator Name,Indicator Code,1960..2023</c>, <c>""</c> for missing) of about the
/// requested size, with the real area codes and names of the area table, synthetic indicator codes and values
/// drawn from a fixed-seed generator (about 45 % of cells missing, as in the real file's sparse early years).
/// </summary>
internal static class WdiBulkFile
{
    public const int FirstYear = 1960;
    public const int LastYear = 2023;

    public static (string Path, long Rows, long Values) Generate(string path, long targetBytes)
    {
        var areas = AreaRegistry.LoadDefault().Areas.Where(a => !string.IsNullOrEmpty(a.WorldBankCode)).ToList();
        var rng = new Random(20260701);
        long rows = 0, values = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        for (var y = FirstYear; y <= LastYear; y++)
        {
            writer.Write(",\"" + y.ToString(CultureInfo.InvariantCulture) + "\"");
        }

        writer.Write('\n');
        for (var indicator = 1; writer.BaseStream.Position < targetBytes; indicator++)
        {
            var code = "SYN.BENCH." + indicator.ToString("D5", CultureInfo.InvariantCulture);
            foreach (var area in areas)
            {
                writer.Write($"\"{area.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{area.WorldBankCode}\",\"Synthetic indicator {indicator} (current US$)\",\"{code}\"");
                var start = FirstYear + rng.Next(0, 50);
                for (var y = FirstYear; y <= LastYear; y++)
                {
                    writer.Write(',');
                    if (y >= start)
                    {
                        writer.Write((rng.NextDouble() * 1e11).ToString("R", CultureInfo.InvariantCulture));
                        values++;
                    }
                    else
                    {
                        writer.Write("\"\"");
                    }
                }

                writer.Write('\n');
                rows++;
            }
        }

        return (path, rows, values);
    }
}
