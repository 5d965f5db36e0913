using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;

namespace Continuum.Data.Tests.Scenarios;

/// <summary>Reading scenario files: inheritance, levers, and bad input that must fail on reading with file, line and field.</summary>
public sealed class ScenarioTomlTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-scenario-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_ShippedBaseline_HasEightCountriesAndRestOfWorld()
    {
        var baseline = ScenarioFiles.Shipped("baseline.toml");
        Assert.Equal(["CAN", "USA", "PHL", "MEX", "IND", "ROU", "POL", "MDA"], baseline.Countries);
        Assert.True(baseline.RestOfWorld);
        Assert.Equal(64, ScenarioToml.Hash(baseline).Length);
    }

    [Fact]
    public void Read_EqualText_EqualScenariosWhateverTheFile()
    {
        var a = Write("a.toml", ScenarioFiles.SmallText() + "[development]\nreturn_premium = { ROU = 0.2, MDA = 0.1 }\n");
        var b = Write("b.toml", ScenarioFiles.SmallText() + "[development]\nreturn_premium = { MDA = 0.1, ROU = 0.2 }\n");
        Assert.Equal(ScenarioToml.Read(a), ScenarioToml.Read(b));
        Assert.NotEqual(ScenarioToml.Read(a), ScenarioFiles.Shipped("small.toml"));
    }

    [Fact]
    public void Read_Extends_InheritsAndOverridesLeverByLever()
    {
        Write("parent.toml", ScenarioFiles.SmallText() + "[admissions]\nMDA = 500\n[development]\nreturn_premium = { ROU = 0.1 }\nreturn_incentive = { ROU = 0.5 }\n"
            + "remittance_cost = { \"ROU-MDA\" = 0.05 }\n");
        var path = Write("child.toml", "extends = \"parent.toml\"\nseed = 7\n[admissions]\nROU = 1000\n[development]\nreturn_premium = { ROU = 0.3 }\n"
            + "remittance_cost = { ALL = 0.03 }\n[development.credential_recognition.ROU-MDA]\nrate = 0.8\ndelay_years = 2\n");
        var child = ScenarioToml.Read(path);
        Assert.Equal(["MDA", "ROU"], child.Countries);
        Assert.Equal(7UL, child.Seed);
        Assert.Equal(1000, child.Engine.Admissions[Iso3.Parse("ROU")]);
        Assert.Equal(500, child.Engine.Admissions[Iso3.Parse("MDA")]);
        var rou = Iso3.Parse("ROU");
        Assert.Equal(0.3, child.Development.ReturnPremium[rou]);
        Assert.Equal(0.5, child.Development.ReturnIncentive[rou]);
        Assert.Equal(new RecognitionAgreement(0.8, 2), child.Development.CredentialRecognition[Corridor.Parse("ROU-MDA")]);
        // A corridor value overrides ALL whichever file set it.
        Assert.Equal(0.03, child.Development.RemittanceCostAll);
        Assert.Equal(0.05, child.Development.RemittanceCost[Corridor.Parse("ROU-MDA")]);
    }

    [Fact]
    public void Read_MissingParent_FailsNamingFileLineAndExtends()
    {
        var path = Write("orphan.toml", "name = \"orphan\"\nextends = \"nowhere.toml\"\n");
        var ex = Assert.Throws<InputException>(() => ScenarioToml.Read(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal("extends", ex.Field);
    }

    [Fact]
    public void Read_ExtendsCycle_FailsAfterEightLevels()
    {
        Write("x.toml", "extends = \"y.toml\"\n");
        var path = Write("y.toml", "extends = \"x.toml\"\n");
        var ex = Assert.Throws<InputException>(() => ScenarioToml.Read(path));
        Assert.Equal("extends", ex.Field);
        Assert.Contains("more than 8", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChainOfEight_EachFileReadOnce()
    {
        Write("f0.toml", ScenarioFiles.SmallText());
        for (var k = 1; k <= 8; k++)
        {
            Write($"f{k}.toml", $"extends = \"f{k - 1}.toml\"\nseed = {k}\n");
        }

        using var reads = ScenarioToml.CountReads();
        var scenario = ScenarioToml.Read(Path.Combine(_dir, "f8.toml"));
        Assert.Equal(8UL, scenario.Seed);
        Assert.Equal(9, reads.Paths.Count);
        Assert.Equal(9, reads.Paths.Distinct().Count());
    }

    [Theory]
    [InlineData("colour = 3\n", 12, "colour")]
    [InlineData("[emigration_rate_multiplier]\nXYZ = 1.2\n", 13, "emigration_rate_multiplier.XYZ")]
    [InlineData("[admissions]\nCAN = 1000\n", 13, "admissions.CAN")]
    [InlineData("[return_hazard_multiplier]\nMDA = -1\n", 13, "return_hazard_multiplier.MDA")]
    [InlineData("[tables]\nreturn_duration_relative_risk = \"nowhere.csv\"\n", 13, "tables.return_duration_relative_risk")]
    [InlineData("[vintages]\npopulation = \"wpp2024\"\n", 13, "vintages.population")]
    [InlineData("[development]\nremittance_cost = { \"MDA-XXX\" = 0.03 }\n", 13, "development.remittance_cost.MDA-XXX")]
    [InlineData("[development]\nremittance_cost = { ALL = -0.02 }\n", 13, "development.remittance_cost.ALL")]
    [InlineData("[development]\nremittance_cost = { ALL = 1.0 }\n", 13, "development.remittance_cost.ALL")]
    [InlineData("[development]\nremittance_cost = { \"mda-rou\" = 0.03 }\n", 13, "development.remittance_cost.mda-rou")]
    [InlineData("[development]\nremitance_cost = { ALL = 0.03 }\n", 13, "development.remitance_cost")]
    [InlineData("[development]\nreturn_premium = { CAN = 0.2 }\n", 13, "development.return_premium.CAN")]
    [InlineData("[development]\nextra_admissions = { ROU = -5 }\n", 13, "development.extra_admissions.ROU")]
    [InlineData("[development]\nextra_admissions_years = [2030, 2031]\n", 13, "development.extra_admissions_years")]
    [InlineData("[development]\nextra_admissions_years = [2012]\n", 13, "development.extra_admissions_years")]
    [InlineData("[development]\nunderemployment_penalty = 1.5\n", 13, "development.underemployment_penalty")]
    [InlineData("[development.credential_recognition.ROU-MDA]\nrate = 1.5\ndelay_years = 1\n", 13, "development.credential_recognition.ROU-MDA.rate")]
    [InlineData("[development.credential_recognition.ROU-MDA]\nrate = 0.5\ndelay_years = 60\n", 13, "development.credential_recognition.ROU-MDA.delay_years")]
    [InlineData("[development.credential_recognition.ROU-ROU]\nrate = 0.5\n", 12, "development.credential_recognition.ROU-ROU")]
    public void Read_BadKeyOrValue_FailsNamingFileLineAndField(string extra, int line, string field)
    {
        var path = Write("bad.toml", ScenarioFiles.SmallText() + extra);
        var ex = Assert.Throws<InputException>(() => ScenarioToml.Read(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Read_UnknownCountry_FailsNamingCountriesLine()
    {
        var path = Write("bad.toml", ScenarioFiles.SmallText().Replace("[\"MDA\", \"ROU\"]", "[\"MDA\", \"ATL\"]", StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => ScenarioToml.Read(path));
        Assert.Contains(path + ":5:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown country 'ATL'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HorizonBeforeBaseYear_Fails()
    {
        var path = Write("bad.toml", ScenarioFiles.SmallText().Replace("horizon = 2020", "horizon = 2005", StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => ScenarioToml.Read(path));
        Assert.Contains("horizon", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not after the base year", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSource_SampleSizeInParent_LocatesTheParentLine()
    {
        var parent = Write("p.toml", ScenarioFiles.SmallText());
        var child = Write("c.toml", "extends = \"p.toml\"\nseed = 3\n");
        var source = ScenarioToml.ReadSource(child);
        Assert.Equal((parent, 11L), source.Locate("sample_size"));
        Assert.Equal((child, 2L), source.Locate("seed"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
