using Continuum.Core.Inputs;
using Continuum.Core.Population;
using Continuum.Core.Scenario;
using Continuum.Data.Demography;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// Builds the engine's validated inputs for a scenario from the shipped data: WPP 2019 (base population,
/// mortality, fertility, sex ratio), Barro–Lee v2.2 (education), WDI/ILO and Statistics Canada (labour),
/// Abel–Cohen flows, the World Bank 2017 bilateral stocks and UN DESA IMS 2020 (migration). Equations and
/// sources are in docs/engine.md. Everything is checked before a run starts.
/// </summary>
public sealed partial class SimulationInputLoader
{
    private const string RestOfWorld = Dimensions.RestOfWorld;
    private const int WorldCode = 900;
    private const int LessDevelopedCode = 902;

    /// <summary>Most persons a full-scale run may hold (about 22 bytes each).</summary>
    private const double MaxFullScalePersons = 300e6;

    private readonly Scenario _scenario;
    private readonly string _data;
    private readonly Dimensions _dims;
    private readonly WppDemography _wpp;
    private readonly int _countries;
    private double[] _persons = [];
    private double[] _targetLeaving = [];
    private double[] _targetReturns = [];

    private SimulationInputLoader(Scenario scenario, string dataDirectory, WppDemography wpp)
    {
        _scenario = scenario;
        _data = dataDirectory;
        _wpp = wpp;
        var names = scenario.Countries.ToList();
        if (scenario.RestOfWorld)
        {
            names.Add(RestOfWorld);
        }

        _dims = new Dimensions(names, scenario.BaseYear, scenario.HorizonYear);
        _countries = names.Count;
    }

    /// <summary>Loads the inputs of <paramref name="scenario"/>; <paramref name="dataDirectory"/> defaults to the shipped data.</summary>
    public static SimulationInputs Load(Scenario scenario, string? dataDirectory = null, WppDemography? wpp = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var data = dataDirectory ?? DataPaths.DataDirectory();
        var loader = new SimulationInputLoader(scenario, data, wpp ?? WppDemography.Load(Path.Combine(data, "demography")));
        return loader.Build();
    }

    private SimulationInputs Build()
    {
        _persons = BasePersons();
        _targetLeaving = new double[_countries * _countries];
        _targetReturns = new double[_countries * _countries];
        var education = Education();
        var migration = Migration(education);
        var inputs = new SimulationInputs
        {
            Dimensions = _dims,
            Seed = _scenario.Seed,
            MigrationEnabled = _scenario.Migration,
            Base = new BasePopulation(_dims, _persons, Weights()),
            Demography = Demography(),
            Education = education,
            Labour = Labour(),
            Migration = migration,
            Levers = Levers(),
        };
        if (!_scenario.Migration)
        {
            return inputs;
        }

        var calibrated = MigrationCalibration.Calibrate(inputs, _targetLeaving, _targetReturns);
        return inputs with { MigrationEnabled = true, Migration = calibrated };
    }

    private string DataFile(params string[] parts) => Path.Combine([_data, .. parts]);

    private WppLocation Location(int country) =>
        _dims.Countries[country] == RestOfWorld
            ? _wpp.Locations.Resolve(WorldCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : _wpp.Locations.Resolve(_dims.Countries[country], "countries");

    /// <summary>Base-year persons by country, sex and single age (Sprague split; 100+ spread evenly over 100–104).</summary>
    private double[] BasePersons()
    {
        var persons = new double[_countries * 2 * Dimensions.Ages];
        for (var c = 0; c < _countries; c++)
        {
            for (var s = 0; s < 2; s++)
            {
                var groups = Groups(c, s, _scenario.BaseYear);
                var single = Models.Projection.AgeSplit.Sprague(groups);
                var offset = ((c * 2) + s) * Dimensions.Ages;
                for (var age = 0; age < single.Length - 1; age++)
                {
                    persons[offset + age] = single[age];
                }

                for (var age = 100; age < 105; age++)
                {
                    persons[offset + age] = single[^1] / 5;
                }
            }
        }

        return persons;
    }

    /// <summary>WPP 2019 population by 5-year group; for the rest of the world, World minus the listed countries (floored at 0).</summary>
    private double[] Groups(int country, int sex, int year)
    {
        var s = (Models.Projection.Sex)sex;
        if (_dims.Countries[country] != RestOfWorld)
        {
            return _wpp.Population(Location(country).Code, s, year).ToArray();
        }

        var world = _wpp.Population(WorldCode, s, year).ToArray();
        foreach (var iso3 in _scenario.Countries)
        {
            var part = _wpp.Population(_wpp.Locations.Resolve(iso3).Code, s, year);
            for (var g = 0; g < world.Length; g++)
            {
                world[g] = Math.Max(0, world[g] - part[g]);
            }
        }

        return world;
    }

    private double PersonsInAges(int country, int sex, int fromAge, int toAge)
    {
        var sum = 0.0;
        var offset = ((country * 2) + sex) * Dimensions.Ages;
        for (var age = fromAge; age <= Math.Min(toAge, Dimensions.Ages - 1); age++)
        {
            sum += _persons[offset + age];
        }

        return sum;
    }

    /// <summary>Weights: n_c ∝ √P_c simulated persons per country (or 1 person each at full scale).</summary>
    private uint[] Weights()
    {
        var weights = new uint[_countries];
        var totals = Enumerable.Range(0, _countries).Select(c => PersonsInAges(c, 0, 0, 200) + PersonsInAges(c, 1, 0, 200)).ToArray();
        var sqrtSum = totals.Sum(Math.Sqrt);
        if (_scenario.FullScale && totals.Sum() > MaxFullScalePersons)
        {
            throw new InputException(FormattableString.Invariant(
                $"full scale would simulate {totals.Sum() / 1e6:F0} million persons, more than {MaxFullScalePersons / 1e6:F0} million; use scale = \"sample\" or fewer countries"),
                _scenario.SourceFile, field: "scale");
        }

        for (var c = 0; c < _countries; c++)
        {
            var units = _scenario.FullScale
                ? PopulationState.WeightUnitsPerPerson
                : Math.Round(totals[c] / (_scenario.SampleSize * Math.Sqrt(totals[c]) / sqrtSum) * PopulationState.WeightUnitsPerPerson);
            if (units > uint.MaxValue / 2)
            {
                throw new InputException($"sample_size {_scenario.SampleSize} is too small: one simulated person of {_dims.Countries[c]} would stand for more than 8 million", _scenario.SourceFile, field: "sample_size");
            }

            weights[c] = (uint)Math.Max(1, units);
        }

        return weights;
    }

    /// <summary>The engine levers with the return incentives (one place: <see cref="Core.Scenario.Levers.Resolve"/>).</summary>
    private Core.Scenario.Levers Levers() => Core.Scenario.Levers.Resolve(_dims.Countries, _scenario.Engine, _scenario.Development);
}
