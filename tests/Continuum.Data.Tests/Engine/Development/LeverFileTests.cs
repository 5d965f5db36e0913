using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Data.Development;

namespace Continuum.Data.Tests.Engine.Development;

public sealed class LeverFileTests : IDisposable
{
    private static readonly string[] Countries = ["CAN", "PHL", "ROU", "ROW"];
    private readonly string _dir = Directory.CreateTempSubdirectory("h6-levers").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static DevelopmentParameters Fresh() => new()
    {
        Countries = Countries,
        Integration = new IntegrationProfile(0.3, 6),
        Recognition = new CredentialRecognition(4, 0.5, 6, 0.3),
        Earnings = new EarningsModel([1, 1, 1, 1], new double[12], 0.09, 0.03, -0.0005),
        Remittances = new RemittanceBehaviour(4, 0.75, 20),
        Costs = new CorridorCosts(Countries, new double[16]),
        Return = new ReturnPolicy(4),
        Economies = [],
        TargetReceivedUsdMillions = new double[16],
    };

    [Fact]
    public void Apply_RecognitionAboveOne_FailsNamingFileLineAndLever()
    {
        var path = Write("a.toml", "name = \"a\"\n[development.credential_recognition.CAN-PHL]\nrate = 1.5\ndelay_years = 1\n");
        var ex = Assert.Throws<InputException>(() => DevelopmentLeverApplier.Apply(Fresh(), DevelopmentLeverFile.Read(path)));
        Assert.Equal(path, ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Contains("credential_recognition.CAN-PHL", ex.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NegativeCost_FailsNamingTheLine()
    {
        var path = Write("b.toml", "name = \"b\"\n[development]\nremittance_cost = { ALL = -0.02 }\n");
        var ex = Assert.Throws<InputException>(() => DevelopmentLeverApplier.Apply(Fresh(), DevelopmentLeverFile.Read(path)));
        Assert.Equal(3, ex.Line);
        Assert.Equal("development.remittance_cost.ALL", ex.Field);
    }

    [Fact]
    public void Apply_UnknownCorridor_FailsNamingIt()
    {
        var path = Write("c.toml", "name = \"c\"\n[development]\nremittance_cost = { \"USA-MEX\" = 0.03 }\n");
        var ex = Assert.Throws<InputException>(() => DevelopmentLeverApplier.Apply(Fresh(), DevelopmentLeverFile.Read(path)));
        Assert.Contains("USA-MEX", ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.File);
    }

    [Fact]
    public void Read_UnknownKey_Fails()
    {
        var path = Write("d.toml", "name = \"d\"\n[development]\nremitance_cost = { ALL = 0.03 }\n");
        var ex = Assert.Throws<InputException>(() => DevelopmentLeverFile.Read(path));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Read_Extends_ChildOverridesParentKeyByKey()
    {
        Write("parent.toml", "name = \"p\"\n[development]\nreturn_premium = { ROU = 0.1 }\nreturn_incentive = { ROU = 0.5 }\n");
        var child = Write("child.toml", "extends = \"parent.toml\"\n[development]\nreturn_premium = { ROU = 0.3 }\n[development.credential_recognition.CAN-PHL]\nrate = 0.8\ndelay_years = 2\n");
        var p = DevelopmentLeverApplier.Apply(Fresh(), DevelopmentLeverFile.Read(child));
        Assert.Equal(0.3, p.Return.ReturnPremium(2));
        Assert.Equal(1.5, p.Return.ReturnHazardMultiplier(2));
        Assert.Equal(0.8, p.Recognition.Rate(0, 1));
        Assert.Equal(2, p.Recognition.DelayYears(0, 1));
    }
}
