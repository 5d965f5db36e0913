using Continuum.Core.Development;
using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// The immigrant employment profile from Statistics Canada table 14-10-0085-01 (LFS, employment rate, ages 25–54,
/// both sexes): immigrants landed ≤ 5 and 5–10 years earlier against the born in Canada, in the base year
/// (clamped to 2006–2023, the years shipped).
/// </summary>
public static class IntegrationData
{
    /// <summary>Reads the rates of <paramref name="year"/> and calibrates the profile.</summary>
    public static IntegrationProfile Load(string path, int year)
    {
        var y = Math.Clamp(year, 2006, 2023);
        double? recent = null, middle = null, native = null;
        foreach (var r in CsvFile.Read(path).Records)
        {
            if (r.Year("ref_year") != y || r.Text("sex") != "Both sexes")
            {
                continue;
            }

            var rate = r.Number("employment_rate_percent");
            switch (r.Text("immigrant_status"))
            {
                case "Born in Canada": native = rate; break;
                case "Immigrants, landed 5 or less years earlier": recent = rate; break;
                case "Immigrants, landed more than 5 to 10 years earlier": middle = rate; break;
            }
        }

        if (recent is null || middle is null || native is null)
        {
            throw new InputException($"the file lacks the both-sexes employment rates of {y}", path, field: "employment_rate_percent");
        }

        return IntegrationProfile.Calibrate(recent.Value, middle.Value, native.Value, path);
    }
}
