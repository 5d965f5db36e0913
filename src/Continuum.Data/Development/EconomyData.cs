using Continuum.Core.Development;
using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// Base-year production data and earnings per worker: PWT 10.01 (rgdpna, rnna, labsh, delta, csh_i, emp) and
/// WDI GDP in current US$ (NY.GDP.MKTP.CD). Earnings per worker = labsh × GDP (current US$) ÷ employment.
/// The rest of the world (ROW) is WLD minus the listed countries for GDP (WDI) and employment (WDI labour force
/// SL.TLF.TOTL.IN × (1 − unemployment SL.UEM.TOTL.ZS)); its real GDP is taken equal to its nominal GDP (no
/// price-level correction), and its labour share, depreciation, investment share and capital–output ratio are the
/// GDP-weighted means of the listed countries (approximations).
/// </summary>
public static class EconomyData
{
    /// <summary>Economies and earnings per worker (US$ per year) for <paramref name="countries"/> in <paramref name="year"/>.</summary>
    public static (EconomyBase[] Economies, double[] EarningsPerWorkerUsd) Load(string dataDirectory, IReadOnlyList<string> countries, int year)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var pwtPath = Path.Combine(dataDirectory, "demography", "macro", "pwt10.01_selected.csv");
        var pwt = CsvFile.Read(pwtPath).Records.Where(r => r.Year("year") == year).ToDictionary(r => r.Text("isocode"));
        var gdp = WdiValues.ReadSeries(Path.Combine(dataDirectory, "wdi", "NY.GDP.MKTP.CD.csv"));
        var economies = new EconomyBase[countries.Count];
        var earnings = new double[countries.Count];
        var employment = new double[countries.Count];
        for (var i = 0; i < countries.Count; i++)
        {
            if (countries[i] == Core.Inputs.Dimensions.RestOfWorld)
            {
                continue;
            }

            var r = pwt.GetValueOrDefault(countries[i]) ?? throw new InputException($"PWT 10.01 has no row for {countries[i]} in {year}", pwtPath, field: "isocode");
            var nominal = gdp.Get(countries[i], year) / 1e6;
            economies[i] = new EconomyBase(r.Number("rgdpna"), r.Number("rnna"), r.Number("labsh"), r.Number("delta"), r.Number("csh_i"), nominal).Validate(countries[i]);
            employment[i] = r.Number("emp") * 1e6;
            earnings[i] = economies[i].LabourShare * nominal * 1e6 / employment[i];
        }

        var row = IndexOf(countries, Core.Inputs.Dimensions.RestOfWorld);
        if (row >= 0)
        {
            RestOfWorld(dataDirectory, countries, year, gdp, economies, employment, earnings, row);
        }

        return (economies, earnings);
    }

    private static void RestOfWorld(string data, IReadOnlyList<string> countries, int year, WdiValues gdp,
        EconomyBase[] economies, double[] employment, double[] earnings, int row)
    {
        var selected = Path.Combine(data, "demography", "wdi", "wdi_selected_long.csv");
        var labourForce = WdiValues.ReadSelected(selected, "SL.TLF.TOTL.IN").Get("WLD", year);
        var unemployment = WdiValues.ReadSelected(selected, "SL.UEM.TOTL.ZS").Get("WLD", year);
        var listed = Enumerable.Range(0, countries.Count).Where(i => i != row).ToList();
        var nominal = (gdp.Get("WLD", year) / 1e6) - listed.Sum(i => economies[i].NominalGdpUsdMillions);
        var workers = (labourForce * (1 - (unemployment / 100))) - listed.Sum(i => employment[i]);
        var weight = listed.Sum(i => economies[i].NominalGdpUsdMillions);
        double Mean(Func<EconomyBase, double> f) => listed.Sum(i => f(economies[i]) * economies[i].NominalGdpUsdMillions) / weight;
        var real = nominal;
        economies[row] = new EconomyBase(real, real * Mean(e => e.CapitalStockMillions / e.RealGdpMillions), Mean(e => e.LabourShare),
            Mean(e => e.DepreciationRatePerYear), Mean(e => e.InvestmentShare), nominal).Validate(Core.Inputs.Dimensions.RestOfWorld);
        earnings[row] = economies[row].LabourShare * nominal * 1e6 / Require.Positive(workers, "rest-of-world employment");
    }

    private static int IndexOf(IReadOnlyList<string> list, string code)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == code)
            {
                return i;
            }
        }

        return -1;
    }
}
