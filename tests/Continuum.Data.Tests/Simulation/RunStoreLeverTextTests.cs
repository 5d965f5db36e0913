using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Simulation;

/// <summary><c>runs.levers</c>: engine levers and the <c>[development]</c> levers of the scenario file and its parents.</summary>
public sealed class RunStoreLeverTextTests
{
    private static string Scenario(string file) =>
        Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios", file);

    [Fact]
    public void LeverText_CredentialRecognition_RecordsTheAgreementWithItsDelay()
    {
        var text = RunStore.LeverText(ScenarioFile.Read(Scenario("credential-recognition.toml")));

        Assert.Contains("development.credential_recognition.CAN-PHL=1(delay 1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeverText_EasternEuropeReturn_RecordsEveryDevelopmentLeverInNameOrder()
    {
        var parts = RunStore.LeverText(ScenarioFile.Read(Scenario("eastern-europe-return.toml"))).Split(';');

        Assert.Equal(9, parts.Count(p => p.StartsWith("development.", StringComparison.Ordinal)));
        Assert.Contains("development.return_incentive.ROU=0.5", parts);
        Assert.Contains("development.return_premium.MDA=0.2", parts);
        Assert.Equal(parts.Order(StringComparer.Ordinal), parts);
    }

    [Fact]
    public void LeverText_Baseline_HasNoDevelopmentLevers()
    {
        var text = RunStore.LeverText(ScenarioFile.Read(Scenario("baseline.toml")));

        Assert.DoesNotContain("development.", text, StringComparison.Ordinal);
    }
}
