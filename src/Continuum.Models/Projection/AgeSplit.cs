using System.Globalization;

namespace Continuum.Models.Projection;

/// <summary>
/// Splits counts in 5-year age groups (0–4, 5–9, …, with an open last group) into single years of age with
/// Sprague's fifth-difference osculatory multipliers (Shryock &amp; Siegel, <i>The Methods and Materials of
/// Demography</i>, 1976, table C-4; the same panels as DemoTools' <c>sprague()</c>). The open group is
/// passed through unchanged as the last single-year cell.
/// Invariants: every output is ≥ 0 and each group's single years sum exactly (to rounding) to the group.
/// Sprague can give small negative values where counts fall steeply (old ages); in such a group the
/// negative cells are set to 0 and the rest rescaled to the group total, so the sum is still exact.
/// </summary>
public static class AgeSplit
{
    /// <summary>Width of the input age groups, years.</summary>
    public const int GroupWidth = 5;

    /// <summary>Fewest closed groups the multipliers need.</summary>
    public const int MinimumClosedGroups = 5;

    // Rows: single ages within the group; columns: the five groups the panel reads.
    private static readonly double[,] First =
    {
        { 0.3616, -0.2768, 0.1488, -0.0336, 0.0000 },
        { 0.2640, -0.0960, 0.0400, -0.0080, 0.0000 },
        { 0.1840, 0.0400, -0.0320, 0.0080, 0.0000 },
        { 0.1200, 0.1360, -0.0720, 0.0160, 0.0000 },
        { 0.0704, 0.1968, -0.0848, 0.0176, 0.0000 },
    };

    private static readonly double[,] Second =
    {
        { 0.0336, 0.2272, -0.0752, 0.0144, 0.0000 },
        { 0.0080, 0.2320, -0.0480, 0.0080, 0.0000 },
        { -0.0080, 0.2160, -0.0080, 0.0000, 0.0000 },
        { -0.0160, 0.1840, 0.0400, -0.0080, 0.0000 },
        { -0.0176, 0.1408, 0.0912, -0.0144, 0.0000 },
    };

    private static readonly double[,] Middle =
    {
        { -0.0128, 0.0848, 0.1504, -0.0240, 0.0016 },
        { -0.0016, 0.0144, 0.2224, -0.0416, 0.0064 },
        { 0.0064, -0.0336, 0.2544, -0.0336, 0.0064 },
        { 0.0064, -0.0416, 0.2224, 0.0144, -0.0016 },
        { 0.0016, -0.0240, 0.1504, 0.0848, -0.0128 },
    };

    /// <summary>
    /// Splits <paramref name="groupsWithOpen"/> (closed 5-year groups from age 0, then one open group) into
    /// single years; returns 5·(groups − 1) + 1 values, the last being the open group.
    /// </summary>
    public static double[] Sprague(ReadOnlySpan<double> groupsWithOpen)
    {
        var result = new double[SingleYearLength(groupsWithOpen.Length)];
        Sprague(groupsWithOpen, result);
        return result;
    }

    /// <summary>Allocation-free form of <see cref="Sprague(ReadOnlySpan{double})"/>.</summary>
    public static void Sprague(ReadOnlySpan<double> groupsWithOpen, Span<double> singleYears)
    {
        Validate(groupsWithOpen, singleYears);
        var closed = groupsWithOpen.Length - 1;
        for (var g = 0; g < closed; g++)
        {
            var (panel, start, mirrored) = PanelFor(g, closed);
            var cells = singleYears.Slice(g * GroupWidth, GroupWidth);
            for (var r = 0; r < GroupWidth; r++)
            {
                var sum = 0.0;
                for (var c = 0; c < GroupWidth; c++)
                {
                    sum += mirrored
                        ? panel[GroupWidth - 1 - r, GroupWidth - 1 - c] * groupsWithOpen[start + c]
                        : panel[r, c] * groupsWithOpen[start + c];
                }

                cells[r] = sum;
            }

            MakeNonNegative(cells, groupsWithOpen[g]);
        }

        singleYears[closed * GroupWidth] = groupsWithOpen[closed];
    }

    /// <summary>Spreads each closed group evenly over its five single years (the open group is passed through).</summary>
    public static void Uniform(ReadOnlySpan<double> groupsWithOpen, Span<double> singleYears)
    {
        if (singleYears.Length != SingleYearLength(groupsWithOpen.Length))
        {
            throw new ArgumentException("the output span has the wrong length", nameof(singleYears));
        }

        var closed = groupsWithOpen.Length - 1;
        for (var g = 0; g < closed; g++)
        {
            singleYears.Slice(g * GroupWidth, GroupWidth).Fill(groupsWithOpen[g] / GroupWidth);
        }

        singleYears[closed * GroupWidth] = groupsWithOpen[closed];
    }

    /// <summary>The number of single-year cells for <paramref name="groupCount"/> groups (the last open).</summary>
    public static int SingleYearLength(int groupCount) => ((groupCount - 1) * GroupWidth) + 1;

    /// <summary>Sums single years back into 5-year groups plus the open group (the inverse of a split).</summary>
    public static void Group(ReadOnlySpan<double> singleYears, Span<double> groupsWithOpen)
    {
        var closed = groupsWithOpen.Length - 1;
        if (singleYears.Length != SingleYearLength(groupsWithOpen.Length))
        {
            throw new ArgumentException("the input span has the wrong length", nameof(singleYears));
        }

        for (var g = 0; g < closed; g++)
        {
            var sum = 0.0;
            for (var a = 0; a < GroupWidth; a++)
            {
                sum += singleYears[(g * GroupWidth) + a];
            }

            groupsWithOpen[g] = sum;
        }

        groupsWithOpen[closed] = singleYears[closed * GroupWidth];
    }

    private static (double[,] Panel, int Start, bool Mirrored) PanelFor(int g, int closed) =>
        g switch
        {
            0 => (First, 0, false),
            1 => (Second, 0, false),
            _ when g == closed - 1 => (First, closed - GroupWidth, true),
            _ when g == closed - 2 => (Second, closed - GroupWidth, true),
            _ => (Middle, g - 2, false),
        };

    private static void MakeNonNegative(Span<double> cells, double groupTotal)
    {
        var positive = 0.0;
        var anyNegative = false;
        foreach (var v in cells)
        {
            if (v < 0)
            {
                anyNegative = true;
            }
            else
            {
                positive += v;
            }
        }

        if (!anyNegative)
        {
            return;
        }

        if (positive <= 0)
        {
            cells.Fill(groupTotal / cells.Length);
            return;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i] < 0 ? 0 : cells[i] * groupTotal / positive;
        }
    }

    private static void Validate(ReadOnlySpan<double> groupsWithOpen, Span<double> singleYears)
    {
        if (groupsWithOpen.Length - 1 < MinimumClosedGroups)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"Sprague needs at least {MinimumClosedGroups} closed 5-year groups plus an open group, got {groupsWithOpen.Length} groups"),
                field: "age groups");
        }

        for (var g = 0; g < groupsWithOpen.Length; g++)
        {
            Require.NonNegative(groupsWithOpen[g], string.Create(CultureInfo.InvariantCulture, $"age group {g * GroupWidth}"));
        }

        if (singleYears.Length != SingleYearLength(groupsWithOpen.Length))
        {
            throw new ArgumentException("the output span has the wrong length", nameof(singleYears));
        }
    }
}
