namespace Continuum.Core.Development;

/// <summary>
/// Everything the development processes need, validated at load time (Continuum.Data.Development builds it
/// from the shipped data and the scenario's levers). Country arrays are indexed like the engine's dimensions.
/// </summary>
public sealed record DevelopmentParameters
{
    /// <summary>Country codes in index order.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Employment catch-up of immigrants (Statistics Canada calibration).</summary>
    public required IntegrationProfile Integration { get; init; }

    /// <summary>Skill-level employment of tertiary immigrants and recognition agreements.</summary>
    public required CredentialRecognition Recognition { get; init; }

    /// <summary>Earnings (unanchored until <see cref="DevelopmentCalibration"/> runs).</summary>
    public required EarningsModel Earnings { get; init; }

    /// <summary>Remittance probability profile (shares are calibrated per run).</summary>
    public required RemittanceBehaviour Remittances { get; init; }

    /// <summary>Corridor costs, data and scenario.</summary>
    public required CorridorCosts Costs { get; init; }

    /// <summary>Return premium, return incentive, education response.</summary>
    public required ReturnPolicy Return { get; init; }

    /// <summary>Base-year production data by country.</summary>
    public required IReadOnlyList<EconomyBase> Economies { get; init; }

    /// <summary>Remittances received in the base year by corridor [host × C + origin], US$ millions (calibration target).</summary>
    public required double[] TargetReceivedUsdMillions { get; init; }

    /// <summary>
    /// A copy with <paramref name="levers"/> applied to the recognition agreements, corridor costs and return policy
    /// (nothing else changes; this record is not modified). Levers naming a country outside <see cref="Countries"/> are an <see cref="InputException"/>.
    /// </summary>
    public DevelopmentParameters WithLevers(Scenario.DevelopmentLevers levers)
    {
        ArgumentNullException.ThrowIfNull(levers);
        return this with
        {
            Recognition = Recognition.WithLevers(Countries, levers),
            Costs = Costs.WithLevers(levers),
            Return = Return.WithLevers(Countries, levers),
        };
    }
}
