using System.Globalization;
using System.Text;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>
/// A World Bank API v2 CSV ("DS2") big enough for an import to take several seconds: the shipped remittance-outflows
/// file repeated under <c>indicators</c> made-up indicator codes, with a value in every year.
/// </summary>
internal static class BigImportFile
{
    public static string Write(string folder, int indicators, string tag)
    {
        var source = Path.Combine(ContinuumCli.RepositoryRoot(), "data", "wdi", "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv");
        var lines = File.ReadAllLines(source, Encoding.UTF8);
        var header = lines.Select((l, i) => (l, i)).First(x => x.l.StartsWith("\"Country Name\"", StringComparison.Ordinal));
        var years = header.l.Split(',').Count(c => c.Trim('"').All(char.IsAsciiDigit) && c.Trim('"').Length == 4);
        var path = Path.Combine(folder, $"API_{tag}_DS2_en_csv_v2_1.csv");
        using var w = new StreamWriter(path, false, new UTF8Encoding(true));
        foreach (var l in lines.Take(header.i + 1))
        {
            w.WriteLine(l);
        }

        for (var k = 0; k < indicators; k++)
        {
            foreach (var row in lines.Skip(header.i + 1).Where(l => l.Length > 0))
            {
                var cells = row.Split("\",\"");
                var area = cells[0].TrimStart('"') + "\",\"" + cells[1];
                var values = string.Join(',', Enumerable.Range(0, years).Select(y => "\"" + (1000 + k + y).ToString(CultureInfo.InvariantCulture) + "\""));
                w.WriteLine($"\"{area}\",\"Test indicator {k}\",\"TEST.{tag}.{k:D3}\",{values},\"\"");
            }
        }

        return path;
    }
}
