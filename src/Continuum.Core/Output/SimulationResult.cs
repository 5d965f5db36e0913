using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Output;

/// <summary>
/// The outcome of one replicate: the result cube per year and the corridor tables, all in fixed-point
/// weight units (1/<see cref="PopulationState.WeightUnitsPerPerson"/> person), so identical runs are bit-identical.
/// </summary>
public sealed class SimulationResult
{
    /// <summary>Allocates empty tables for <paramref name="dims"/>.</summary>
    public SimulationResult(Dimensions dims, int replicate)
    {
        ArgumentNullException.ThrowIfNull(dims);
        Dimensions = dims;
        Replicate = replicate;
        Layout = new ResultLayout(dims.CountryCount);
        var c2 = dims.CountryCount * dims.CountryCount;
        Cells = new long[dims.Years][];
        CorridorStock = new long[dims.Years][];
        CorridorMoves = new long[dims.Years][];
        CorridorReturns = new long[dims.Years][];
        ExpectedLeaving = new long[dims.Years][];
        ExpectedReturns = new long[dims.Years][];
        for (var y = 0; y < dims.Years; y++)
        {
            Cells[y] = new long[Layout.Length];
            CorridorStock[y] = new long[c2];
            CorridorMoves[y] = new long[c2];
            CorridorReturns[y] = new long[c2];
            ExpectedLeaving[y] = new long[c2];
            ExpectedReturns[y] = new long[c2];
        }
    }

    /// <summary>Countries and years.</summary>
    public Dimensions Dimensions { get; }

    /// <summary>Replicate number.</summary>
    public int Replicate { get; }

    /// <summary>Cell layout.</summary>
    public ResultLayout Layout { get; }

    /// <summary>[yearIndex][cell + measure], weight units.</summary>
    public long[][] Cells { get; }

    /// <summary>Persons born in b living in r at the census: [yearIndex][b × C + r], weight units.</summary>
    public long[][] CorridorStock { get; }

    /// <summary>All moves from o to d during the year: [yearIndex][o × C + d], weight units.</summary>
    public long[][] CorridorMoves { get; }

    /// <summary>The moves of <see cref="CorridorMoves"/> that are returns to the country of birth.</summary>
    public long[][] CorridorReturns { get; }

    /// <summary>Expected moves of persons not born in the destination (hazard × weight), when the inputs ask for them:
    /// [yearIndex][o × C + d], weight units × 65,536.</summary>
    public long[][] ExpectedLeaving { get; }

    /// <summary>Expected returns home, as <see cref="ExpectedLeaving"/>.</summary>
    public long[][] ExpectedReturns { get; }

    /// <summary>Earnings, effective labour and remittances by year, when the run had development inputs.</summary>
    public Development.DevelopmentResult? Development { get; internal set; }

    /// <summary>Person-years simulated (slots visited alive, all years).</summary>
    public long PersonYears { get; internal set; }

    /// <summary>Most slots in use at once.</summary>
    public int PeakPersons { get; internal set; }

    /// <summary>Bytes of person state allocated at the end of the run.</summary>
    public long StateBytes { get; internal set; }

    /// <summary>A result that shares this run's tables (read-only from now on) with another development result: the
    /// other scenario of a pair whose engine pass was shared.</summary>
    public SimulationResult WithDevelopment(Development.DevelopmentResult? development) =>
        new(this) { Development = development, PersonYears = PersonYears, PeakPersons = PeakPersons, StateBytes = StateBytes };

    private SimulationResult(SimulationResult tables)
    {
        Dimensions = tables.Dimensions;
        Replicate = tables.Replicate;
        Layout = tables.Layout;
        Cells = tables.Cells;
        CorridorStock = tables.CorridorStock;
        CorridorMoves = tables.CorridorMoves;
        CorridorReturns = tables.CorridorReturns;
        ExpectedLeaving = tables.ExpectedLeaving;
        ExpectedReturns = tables.ExpectedReturns;
    }

    /// <summary>
    /// The sum of two runs over disjoint sets of persons with the same dimensions and replicate (see
    /// <see cref="Engine.Simulation.RunWithoutBase"/>): every table is added cell by cell (exact, integers); person-years
    /// and state bytes add; the peak is the sum of the peaks (an upper bound).
    /// </summary>
    /// <param name="a">One run.</param>
    /// <param name="b">The other run.</param>
    /// <param name="development">The development result of the sum (the caller adds or pairs those).</param>
    public static SimulationResult Sum(SimulationResult a, SimulationResult b, Development.DevelopmentResult? development)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Dimensions.Years != b.Dimensions.Years || a.Layout.Length != b.Layout.Length || a.Replicate != b.Replicate)
        {
            throw new ArgumentException("the two results differ in their dimensions or replicate");
        }

        var sum = new SimulationResult(a.Dimensions, a.Replicate)
        {
            Development = development,
            PersonYears = a.PersonYears + b.PersonYears,
            PeakPersons = a.PeakPersons + b.PeakPersons,
            StateBytes = a.StateBytes + b.StateBytes,
        };
        for (var y = 0; y < a.Dimensions.Years; y++)
        {
            AddInto(sum.Cells[y], a.Cells[y], b.Cells[y]);
            AddInto(sum.CorridorStock[y], a.CorridorStock[y], b.CorridorStock[y]);
            AddInto(sum.CorridorMoves[y], a.CorridorMoves[y], b.CorridorMoves[y]);
            AddInto(sum.CorridorReturns[y], a.CorridorReturns[y], b.CorridorReturns[y]);
            AddInto(sum.ExpectedLeaving[y], a.ExpectedLeaving[y], b.ExpectedLeaving[y]);
            AddInto(sum.ExpectedReturns[y], a.ExpectedReturns[y], b.ExpectedReturns[y]);
        }

        return sum;
    }

    private static void AddInto(long[] target, long[] a, long[] b)
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] = a[k] + b[k];
        }
    }

/// <summary>Converts weight units to persons.</summary>
    public static double Persons(long weightUnits) => weightUnits / (double)PopulationState.WeightUnitsPerPerson;

    /// <summary>Sum of one measure for one country and year, weight units.</summary>
    public long Total(int yearIndex, int country, Measure measure)
    {
        long sum = 0;
        var start = country * ResultLayout.CellsPerCountry * ResultLayout.MeasureCount;
        var values = Cells[yearIndex];
        for (var k = 0; k < ResultLayout.CellsPerCountry; k++)
        {
            sum += values[start + (k * ResultLayout.MeasureCount) + (int)measure];
        }

        return sum;
    }
}
