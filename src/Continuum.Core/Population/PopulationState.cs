namespace Continuum.Core.Population;

/// <summary>
/// The simulated persons as struct-of-arrays: one contiguous array per attribute, index = slot. A slot
/// holds a live person or, until the next compaction, a dead one (<see cref="Alive"/> = 0). Weights are
/// fixed-point (<see cref="WeightUnitsPerPerson"/> units per real person) so every sum is an exact integer
/// and results do not depend on summation order. About 24 bytes per slot.
/// </summary>
public sealed class PopulationState
{
    /// <summary>Fixed-point units per real person in <see cref="Weight"/>.</summary>
    public const uint WeightUnitsPerPerson = 256;

    /// <summary>Oldest age kept; persons reaching it die.</summary>
    public const int MaxAge = 120;

    /// <summary>Creates an empty state with room for <paramref name="capacity"/> persons.</summary>
    public PopulationState(int capacity)
    {
        Key = new ulong[capacity];
        Weight = new uint[capacity];
        BirthYear = new short[capacity];
        BirthCountry = new byte[capacity];
        Residence = new byte[capacity];
        Sex = new byte[capacity];
        Education = new byte[capacity];
        Labour = new byte[capacity];
        Status = new byte[capacity];
        YearsSinceMigration = new byte[capacity];
        Alive = new byte[capacity];
    }

    /// <summary>Stable random-stream key of each person (same person, same key, in every scenario).</summary>
    public ulong[] Key { get; private set; }

    /// <summary>Real persons represented, in 1/<see cref="WeightUnitsPerPerson"/> units.</summary>
    public uint[] Weight { get; private set; }

    /// <summary>Calendar year of birth; age in year t is t − BirthYear.</summary>
    public short[] BirthYear { get; private set; }

    /// <summary>Country index of birth.</summary>
    public byte[] BirthCountry { get; private set; }

    /// <summary>Country index of residence.</summary>
    public byte[] Residence { get; private set; }

    /// <summary>0 = female, 1 = male.</summary>
    public byte[] Sex { get; private set; }

    /// <summary><see cref="EducationLevel"/>.</summary>
    public byte[] Education { get; private set; }

    /// <summary><see cref="LabourStatus"/>.</summary>
    public byte[] Labour { get; private set; }

    /// <summary><see cref="MigrationStatus"/>.</summary>
    public byte[] Status { get; private set; }

    /// <summary>Years since the last move (saturates at 255).</summary>
    public byte[] YearsSinceMigration { get; private set; }

    /// <summary>1 alive, 0 dead (awaiting compaction).</summary>
    public byte[] Alive { get; private set; }

    /// <summary>Slots in use (live and dead).</summary>
    public int Count { get; private set; }

    /// <summary>Allocated slots.</summary>
    public int Capacity => Key.Length;

    /// <summary>Bytes of state per slot.</summary>
    public const int BytesPerSlot = sizeof(ulong) + sizeof(uint) + sizeof(short) + 8;

    /// <summary>Appends a person and returns its slot; grows the arrays (doubling) when full.</summary>
    public int Add(ulong key, uint weight, short birthYear, byte birthCountry, byte residence, byte sex,
        byte education, MigrationStatus status, byte yearsSinceMigration)
    {
        if (Count == Capacity)
        {
            Grow(Math.Max(1024, Capacity * 2));
        }

        var i = Count++;
        Key[i] = key;
        Weight[i] = weight;
        BirthYear[i] = birthYear;
        BirthCountry[i] = birthCountry;
        Residence[i] = residence;
        Sex[i] = sex;
        Education[i] = education;
        Labour[i] = (byte)LabourStatus.Inactive;
        Status[i] = (byte)status;
        YearsSinceMigration[i] = yearsSinceMigration;
        Alive[i] = 1;
        return i;
    }

    /// <summary>Makes room for <paramref name="capacity"/> slots without further growth.</summary>
    public void Reserve(int capacity)
    {
        if (capacity > Capacity)
        {
            Grow(capacity);
        }
    }

    /// <summary>Removes dead slots, keeping the order of the live ones; returns the number removed.</summary>
    public int Compact()
    {
        var w = 0;
        for (var r = 0; r < Count; r++)
        {
            if (Alive[r] == 0)
            {
                continue;
            }

            if (w != r)
            {
                Key[w] = Key[r];
                Weight[w] = Weight[r];
                BirthYear[w] = BirthYear[r];
                BirthCountry[w] = BirthCountry[r];
                Residence[w] = Residence[r];
                Sex[w] = Sex[r];
                Education[w] = Education[r];
                Labour[w] = Labour[r];
                Status[w] = Status[r];
                YearsSinceMigration[w] = YearsSinceMigration[r];
                Alive[w] = 1;
            }

            w++;
        }

        var removed = Count - w;
        Count = w;
        return removed;
    }

    private void Grow(int capacity)
    {
        Key = Resize(Key, capacity);
        Weight = Resize(Weight, capacity);
        BirthYear = Resize(BirthYear, capacity);
        BirthCountry = Resize(BirthCountry, capacity);
        Residence = Resize(Residence, capacity);
        Sex = Resize(Sex, capacity);
        Education = Resize(Education, capacity);
        Labour = Resize(Labour, capacity);
        Status = Resize(Status, capacity);
        YearsSinceMigration = Resize(YearsSinceMigration, capacity);
        Alive = Resize(Alive, capacity);
    }

    private static T[] Resize<T>(T[] array, int capacity)
    {
        var copy = new T[capacity];
        Array.Copy(array, copy, array.Length);
        return copy;
    }
}
