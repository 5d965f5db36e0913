using Continuum.Data.Catalog;
using Continuum.Data.Store;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Data.Tests.Store;

/// <summary>
/// After any sequence of user imports (colliding labels, identical copies of shipped files, replacements, broken files),
/// removals and shipped imports, the shipped data import and read back exactly as in a fresh store, and no vintage ever
/// holds two values for one key.
/// </summary>
public sealed class DatasetSequencePropertyTests
{
    private const string ShippedVintage = "WDI 2026-07";
    private const string Header = "Country Name,Country Code,Year,Value\n";
    private const string Ship1 = Header + "Canada,CAN,2001,10\nCanada,CAN,2002,20\nMexico,MEX,2001,30\n";
    private const string Ship2 = Header + "Canada,CAN,2001,0.5\nMexico,MEX,2002,0.25\n";
    private static readonly string[] Labels = [ShippedVintage, "Mine 1", "Mine 2", " "];
    private static readonly string[] Selectors = ["1", "2", "3", "a.csv", "Mine 1", "copy.csv"];

    /// <summary>The shipped rows as a fresh store holds them (vintage, indicator, area, period, value).</summary>
    private static readonly string[] Expected =
    [
        "WDI 2026-07|TEST.SHIP|CAN|2001|10", "WDI 2026-07|TEST.SHIP|CAN|2002|20", "WDI 2026-07|TEST.SHIP|MEX|2001|30",
        "WDI 2026-07|TEST.TWO|CAN|2001|0.5", "WDI 2026-07|TEST.TWO|MEX|2002|0.25",
    ];

    [Property(MaxTest = 25)]
    public Property AnySequenceOfOperations_ShippedDataStillReadBackAsInAFreshStore(NonEmptyArray<NonNegativeInt> codes)
    {
        using var t = new TempStore();
        var dataDir = WriteShippedData(t);
        var files = new[]
        {
            t.WriteFile("a.csv", Header + "Canada,CAN,2001,11\nCanada,CAN,2003,13\n"),
            t.WriteFile("b.csv", Header + "Mexico,MEX,2001,31\n"),
            t.WriteFile("copy.csv", Ship1),
            t.WriteFile("broken.csv", Header + "Canada,CAN,2001,1x\n"),
        };
        var log = new List<string>();
        foreach (var code in codes.Get.Take(8).Select(c => c.Get))
        {
            log.Add(Apply(t, dataDir, files, code));
            if (DuplicateKeys(t) > 0)
            {
                return false.Label("duplicate keys after: " + string.Join(", ", log));
            }
        }

        ShippedData.EnsureImported(t.Store, t.Importer, dataDirectory: dataDir);
        var shipped = t.Store.Query("SELECT vintage, indicator, area, period, value FROM observations WHERE vintage = $1 ORDER BY ALL",
            r => string.Join('|', r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            ShippedVintage);
        return shipped.SequenceEqual(Expected).Label(string.Join(", ", log) + " => " + string.Join("; ", shipped));
    }

    private static string Apply(TempStore t, string dataDir, string[] files, int code)
    {
        var op = code % 4;
        var arg = code / 4;
        try
        {
            switch (op)
            {
                case 0 or 1:
                    var file = files[arg % files.Length];
                    var label = Labels[(arg / files.Length) % Labels.Length];
                    var replace = op == 1;
                    t.Importer.Import(new ImportRequest(file, "wdi-long", label, "TEST.SHIP") { Origin = DatasetOrigin.Cli, Replace = replace });
                    return $"import {Path.GetFileName(file)} '{label}'{(replace ? " --replace" : string.Empty)}";
                case 2:
                    var selector = Selectors[arg % Selectors.Length];
                    var shipped = arg / Selectors.Length % 2 == 1;
                    t.Store.RemoveDataset(t.Store.FindDataset(selector).Id, shipped);
                    return $"remove {selector}{(shipped ? " --shipped" : string.Empty)}";
                default:
                    ShippedData.EnsureImported(t.Store, t.Importer, dataDirectory: dataDir);
                    return "shipped";
            }
        }
        catch (InputException ex)
        {
            return $"op {code} refused ({ex.Problem})";
        }
    }

    private static long DuplicateKeys(TempStore t) => Convert.ToInt64(t.Store.Scalar("""
        SELECT count(*) FROM (SELECT 1 FROM observations GROUP BY vintage, indicator, area, counterpart, period, sex, age_start, variant HAVING count(*) > 1)
        """), System.Globalization.CultureInfo.InvariantCulture);

    private static string WriteShippedData(TempStore t)
    {
        var dir = Path.Combine(t.Directory, "data");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "s1.csv"), Ship1);
        File.WriteAllText(Path.Combine(dir, "s2.csv"), Ship2);
        File.WriteAllText(Path.Combine(dir, "manifest.csv"), $"""
            path,format,vintage,indicator,source
            s1.csv,wdi-long,{ShippedVintage},TEST.SHIP,World Bank WDI
            s2.csv,wdi-long,{ShippedVintage},TEST.TWO,World Bank WDI

            """);
        return dir;
    }
}
