using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using FsCheck.Xunit;

namespace Continuum.Data.Tests.Scenarios;

/// <summary>
/// The scenario written back: canonical TOML and JSON read back to an equal scenario (random scenarios, FsCheck), and
/// the canonical TOML of every shipped scenario pinned as a golden file (UPDATE_GOLDEN=1 rewrites them).
/// </summary>
public sealed class ScenarioRoundTripTests : IDisposable
{
    private const string Placeholder = "{scenarios}";
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Shipped() => [.. Directory.GetFiles(ScenarioFiles.Directory, "*.toml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Write_ShippedScenario_MatchesGoldenAndReadsBackEqual(string file)
    {
        var scenario = ScenarioFiles.Shipped(file);
        var toml = ScenarioToml.Write(scenario);
        var golden = Path.Combine(ScenarioFiles.SourceFolder(), "Golden", file);
        var portable = toml.Replace(ScenarioFiles.Directory, Placeholder, StringComparison.Ordinal);
        if (ScenarioFiles.UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, portable);
        }

        Assert.Equal(File.ReadAllText(golden), portable);
        Assert.Equal(scenario, ReadBack(toml));
        Assert.Equal(scenario, ScenarioJson.Read(ScenarioJson.Write(scenario)));
        Assert.DoesNotContain("extends", toml, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public bool WriteThenRead_RandomScenario_Equal(int seed)
    {
        var scenario = RandomScenario(new Random(seed));
        return scenario.Equals(ReadBack(ScenarioToml.Write(scenario))) && scenario.Equals(ScenarioJson.Read(ScenarioJson.Write(scenario)));
    }

    [Fact]
    public void Write_ChangedLever_ChangesTheHash()
    {
        var small = ScenarioFiles.Shipped("small.toml");
        var cheaper = small with { Development = small.Development with { RemittanceCostAll = 0.03 } };
        Assert.NotEqual(ScenarioToml.Hash(small), ScenarioToml.Hash(cheaper));
        Assert.NotEqual(small, cheaper);
        Assert.Equal(ScenarioToml.Hash(small), ScenarioToml.Hash(small with { SourceFile = "elsewhere" }));
    }

    [Theory]
    [InlineData("""{"remitance_cost": {"ALL": 0.03}}""", "development.remitance_cost")]
    [InlineData("""{"remittance_cost": {"MDA-XX": 0.03}}""", "development.remittance_cost.MDA-XX")]
    [InlineData("""{"remittance_cost": {"ALL": "0.03"}}""", "development.remittance_cost.ALL")]
    [InlineData("""{"return_premium": {"ROU": null}}""", "development.return_premium.ROU")]
    [InlineData("""{"credential_recognition": {"ROU-MDA": {"rate": 1, "delayYears": 1}}}""", "development.credential_recognition.ROU-MDA.delayYears")]
    [InlineData("""{"extra_admissions_years": [2012]}""", "development.extra_admissions_years")]
    public void JsonLevers_BadKeyOrValue_FailsNamingTheField(string json, string field)
    {
        var ex = Assert.Throws<InputException>(() => System.Text.Json.JsonSerializer.Deserialize<DevelopmentLevers>(json, ScenarioJson.Options));
        Assert.Equal(field, ex.Field);
    }

    private Scenario ReadBack(string toml)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(path, toml);
        return ScenarioToml.Read(path);
    }

    private static Scenario RandomScenario(Random random)
    {
        var supported = SimulationCountries.Supported.Order(StringComparer.Ordinal).ToList();
        var countries = supported.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToList();
        var restOfWorld = random.Next(2) == 0;
        var baseYear = 1990 + (5 * random.Next(6));
        var horizon = baseYear + random.Next(2, 40);
        var regions = restOfWorld ? [.. countries, "ROW"] : countries;
        var shipped = ScenarioFiles.Shipped("small.toml");
        return new Scenario
        {
            Name = Text(random), Description = Text(random), Countries = [.. countries], RestOfWorld = restOfWorld, BaseYear = baseYear,
            HorizonYear = horizon, Seed = (ulong)random.NextInt64(0, long.MaxValue), Replicates = random.Next(1, 1001),
            SampleSize = random.NextInt64(1000, 10_000_000), FullScale = random.Next(2) == 0, Migration = random.Next(2) == 0,
            Vintages = shipped.Vintages, Tables = shipped.Tables,
            Engine = new EngineLevers
            {
                Admissions = Countries(random, countries, EngineLevers.AdmissionsSpec),
                EmigrationRateMultiplier = Countries(random, countries, EngineLevers.EmigrationRateMultiplierSpec),
                ReturnHazardMultiplier = Countries(random, countries, EngineLevers.ReturnHazardMultiplierSpec),
            },
            Development = Development(random, regions, baseYear, horizon),
        };
    }

    private static DevelopmentLevers Development(Random random, List<string> regions, int baseYear, int horizon)
    {
        var corridors = regions.SelectMany(h => regions.Where(o => o != h).Select(o => new Corridor(Iso3.Parse(h), Iso3.Parse(o))))
            .Where(_ => random.Next(4) == 0).ToList();
        var first = random.Next(baseYear, horizon);
        var levers = new DevelopmentLevers
        {
            UnderemploymentPenalty = random.Next(2) == 0 ? null : Value(random, DevelopmentLevers.UnderemploymentPenaltySpec),
            RemittanceCostAll = random.Next(2) == 0 ? null : Value(random, DevelopmentLevers.RemittanceCostSpec),
            RemittanceCost = LeverMap<Corridor, double>.Of(corridors.Select(c => KeyValuePair.Create(c, Value(random, DevelopmentLevers.RemittanceCostSpec)))),
            CredentialRecognition = LeverMap<Corridor, RecognitionAgreement>.Of(corridors.Where(_ => random.Next(2) == 0).Select(c => KeyValuePair.Create(c,
                new RecognitionAgreement(Value(random, DevelopmentLevers.RecognitionRateSpec), Value(random, DevelopmentLevers.RecognitionDelaySpec))))),
            ExtraAdmissionsYears = random.Next(2) == 0 ? null : new YearRange(first, random.Next(first, horizon)),
        };
        foreach (var spec in DevelopmentLevers.CountrySpecs)
        {
            levers = levers.With(spec, Countries(random, regions, spec));
        }

        return levers;
    }

    private static LeverMap<Iso3, double> Countries(Random random, IEnumerable<string> countries, LeverSpec spec) =>
        LeverMap<Iso3, double>.Of(countries.Where(_ => random.Next(3) == 0).Select(c => KeyValuePair.Create(Iso3.Parse(c), Value(random, spec))));

    /// <summary>A value in the spec's range: often an end or a round number, else any double.</summary>
    private static double Value(Random random, LeverSpec spec) => random.Next(4) switch
    {
        0 => spec.Min,
        1 => spec.MaxExclusive ? Math.BitDecrement(spec.Max) : spec.Max,
        2 => Math.Round(spec.Min + (random.NextDouble() * (spec.Max - spec.Min)), 2) is var v && spec.Allows(v) ? v : spec.Min,
        _ => spec.Min + (random.NextDouble() * (spec.Max - spec.Min) * 0.999),
    };

    private static string Text(Random random)
    {
        const string alphabet = "abc XYZ 019 \"quoted\" back\\slash tab\t new\nline é–ü '";
        var length = random.Next(1, 30);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()).Trim() is { Length: > 0 } t ? t : "x";
    }
}
