using Continuum.Core.Development;

namespace Continuum.Data.Development;

/// <summary>
/// Applies scenario levers to <see cref="DevelopmentParameters"/> before a run. Every domain error (a negative cost,
/// a recognition rate above 1, an unknown country or corridor) is an <see cref="InputException"/> naming the scenario
/// file, the line and the lever.
/// </summary>
public static class DevelopmentLeverApplier
{
    /// <summary>Applies <paramref name="levers"/> to <paramref name="p"/> (which must be freshly loaded: levers mutate it).</summary>
    public static DevelopmentParameters Apply(DevelopmentParameters p, IEnumerable<DevelopmentLever> levers)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(levers);
        var penalty = p.Recognition.EarningsPenalty;
        var list = levers.ToList();
        foreach (var lever in list.Where(l => l.Lever == "underemployment_penalty"))
        {
            penalty = Guard(lever, () => Require.InRange(lever.Value, 0, 0.99, lever.QualifiedName));
        }

        var recognition = new CredentialRecognition(p.Countries.Count, p.Recognition.InitialUnderemploymentShare, p.Recognition.ConvergenceYears, penalty);
        foreach (var lever in list)
        {
            Guard(lever, () => ApplyOne(p, recognition, lever));
        }

        return p with { Recognition = recognition };
    }

    private static double ApplyOne(DevelopmentParameters p, CredentialRecognition recognition, DevelopmentLever lever)
    {
        switch (lever.Lever)
        {
            case "remittance_cost" when lever.Key == "ALL":
                p.Costs.SetAll(lever.Value, lever.QualifiedName);
                break;
            case "remittance_cost":
                p.Costs.Set(lever.Key, lever.Value, "development.remittance_cost");
                break;
            case "return_premium":
                p.Return.SetReturnPremium(Country(p, lever), lever.Value, lever.QualifiedName);
                break;
            case "return_incentive":
                p.Return.SetReturnIncentive(Country(p, lever), lever.Value, lever.QualifiedName);
                break;
            case "education_elasticity":
                p.Return.SetEducationElasticity(Country(p, lever), lever.Value, lever.QualifiedName);
                break;
            case "credential_recognition":
                var (host, origin) = Corridor(p, lever);
                recognition.SetAgreement(host, origin, lever.Value, lever.DelayYears, lever.QualifiedName);
                break;
            case "extra_admissions":
                Country(p, lever);
                Require.InRange(lever.Value, 0, 5_000_000, lever.QualifiedName);
                break;
        }

        return lever.Value;
    }

    private static int Country(DevelopmentParameters p, DevelopmentLever lever)
    {
        for (var i = 0; i < p.Countries.Count; i++)
        {
            if (string.Equals(p.Countries[i], lever.Key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw lever.Error($"'{lever.Key}' is not a country of the scenario ({string.Join(", ", p.Countries)})");
    }

    private static (int Host, int Origin) Corridor(DevelopmentParameters p, DevelopmentLever lever)
    {
        var parts = lever.Key.Split('-');
        if (parts.Length != 2)
        {
            throw lever.Error($"'{lever.Key}' is not a corridor: write HOST-ORIGIN, e.g. CAN-PHL");
        }

        return (Country(p, lever with { Key = parts[0] }), Country(p, lever with { Key = parts[1] }));
    }

    private static double Guard(DevelopmentLever lever, Func<double> apply)
    {
        try
        {
            return apply();
        }
        catch (InputException ex) when (ex.File is null)
        {
            throw new InputException(ex.Problem, lever.File, lever.Line, ex.Field ?? lever.QualifiedName, ex);
        }
    }
}
