using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Data.Development;
using Continuum.Data.IO;
using FsCheck.Xunit;

namespace Continuum.Data.Tests.Engine.Development;

public sealed class IntegrationTests
{
    private static string StatCanPath => DataPaths.Shipped("demography", "canada", "statcan_14100085_employment_rate_by_immigrant_status_25_54.csv");

    // Statistics Canada table 14-10-0085-01, 2012, ages 25–54, both sexes: landed ≤5 y 67.2 %, 5–10 y 75.7 %,
    // >10 y 80.5 %, born in Canada 83.1 % (data/demography/README.md quotes the same numbers).
    [Fact]
    public void Calibrate_StatCan2012_ReproducesFittedBandsExactlyAndTenPlusWithinTwoPoints()
    {
        var p = IntegrationProfile.Calibrate(67.2, 75.7, 83.1);
        Assert.Equal(67.2 / 83.1, p.BandAverage(0, 5), 9);
        Assert.Equal(75.7 / 83.1, p.BandAverage(5, 10), 9);
        // The 10+ band is not fitted: averaged over 10–30 years it must come within 2 points of 80.5/83.1.
        Assert.InRange(p.BandAverage(10, 30) - (80.5 / 83.1), -0.02, 0.02);
    }

    [Fact]
    public void Load_ShippedStatCan_GivesAProfileThatClosesTheGap()
    {
        var p = IntegrationData.Load(StatCanPath, 2012);
        Assert.InRange(p.ConvergenceYears, 2, 20);
        Assert.True(p.RelativeEmployment(0) < p.RelativeEmployment(10));
        Assert.InRange(p.RelativeEmployment(40), 0.99, 1);
    }

    [Fact]
    public void Calibrate_EmploymentFallingWithYears_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<InputException>(() => IntegrationProfile.Calibrate(80, 70, 83, "rates.csv"));
        Assert.Equal("employment_rate_percent", ex.Field);
        Assert.Equal("rates.csv", ex.File);
    }

    [Fact]
    public void WithAgreement_RecognitionAboveOne_ThrowsNamingTheLever()
    {
        var r = new CredentialRecognition(3, 0.5, 6, 0.3);
        var ex = Assert.Throws<InputException>(() => r.WithAgreement(0, 1, 1.2, 0, "credential_recognition.CAN-PHL"));
        Assert.Equal("credential_recognition.CAN-PHL.rate", ex.Field);
        Assert.Throws<InputException>(() => r.WithAgreement(0, 1, 0.5, -1));
        Assert.Throws<InputException>(() => r.WithAgreement(0, 0, 0.5, 1));
    }

    [Fact]
    public void Agreement_AfterDelay_RemovesItsShareOfUnderemployment()
    {
        var none = new CredentialRecognition(2, 0.5, 6, 0.3);
        var r = none.WithAgreement(0, 1, 0.8, 2);
        Assert.Equal(0, none.Rate(0, 1));
        Assert.Equal(0.5 * Math.Exp(-1 / 6.0), r.UnderemploymentProbability(0, 1, 1), 12);
        Assert.Equal(0.5 * Math.Exp(-3 / 6.0) * 0.2, r.UnderemploymentProbability(0, 1, 3), 12);
        Assert.Equal(0.5 * Math.Exp(-3 / 6.0), r.UnderemploymentProbability(1, 0, 3), 12);
    }

    // A persistent per-person draw gives a persistent status only if underemployment never rises with years.
    [Property]
    public bool Underemployment_AnyAgreement_NeverRisesWithYears(byte rateByte, byte delay, byte years)
    {
        var r = new CredentialRecognition(2, 0.6, 5, 0.3).WithAgreement(0, 1, rateByte / 255.0, delay % 51);
        return r.UnderemploymentProbability(0, 1, years + 1) <= r.UnderemploymentProbability(0, 1, years);
    }
}
