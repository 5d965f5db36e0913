using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Scenario;
using Continuum.Data.Demography;

namespace Continuum.Data.Development;

/// <summary>
/// The data side of the <c>extra_admissions</c> levers: sex and age from IRCC Facts and Figures 2014 admissions to
/// Canada (the first extra year, clamped to 2006–2014; used for any host, an approximation outside Canada). The origin
/// and education allocation is <see cref="ExtraAdmissionsPlan"/> in Core.
/// </summary>
public static class ExtraAdmissionsBuilder
{
    /// <summary>The extra admissions of <paramref name="levers"/> for <paramref name="inputs"/> (none when no host has any).</summary>
    public static IReadOnlyList<ExtraAdmissions> Build(SimulationInputs inputs, DevelopmentLevers levers, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(levers);
        if (levers.ExtraAdmissions.Count == 0)
        {
            return [];
        }

        var first = levers.ExtraAdmissionsYearsFrom(inputs.Dimensions.BaseYear).First;
        return ExtraAdmissionsPlan.Build(inputs, levers, AgeSexShares(dataDirectory, first));
    }

    private static double[] AgeSexShares(string dataDirectory, int year)
    {
        var src = new HostEconomySources(Path.Combine(dataDirectory, "demography"));
        var shares = CanadaHostEconomy.AdmissionShares(src, Math.Clamp(year, 2006, 2014));
        return [.. shares[0], .. shares[1]];
    }
}
