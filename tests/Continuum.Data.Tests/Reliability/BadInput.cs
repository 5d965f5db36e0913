using System.Text;
using System.Text.RegularExpressions;

namespace Continuum.Data.Tests.Reliability;

/// <summary>The classes of bad input, each made from a well-formed <see cref="ShippedSample"/> by one change.</summary>
public enum BadInputKind
{
    TruncatedLastNumber,
    NoFinalLineEnd,
    DoubleCr,
    MixedLineEnds,
    HeaderOnly,
    MissingColumn,
    NonUtf8Garbage,
    EmptyFile,
}

internal static partial class BadInput
{
    /// <summary>The bytes of <paramref name="sample"/> broken as <paramref name="kind"/>, and the 1-based line the error must name (0: any line).</summary>
    public static (byte[] Bytes, long Line) Make(ShippedSample sample, BadInputKind kind, string column)
    {
        var lines = sample.Lines;
        var firstRow = sample.HeaderIndex + 1;
        return kind switch
        {
            BadInputKind.TruncatedLastNumber => CutLastNumber(sample),
            BadInputKind.NoFinalLineEnd => (Utf8(sample.Text.TrimEnd('\r', '\n')), lines.Length),
            BadInputKind.DoubleCr => (Utf8(Replace(lines, firstRow, lines[firstRow].TrimEnd('\r', '\n') + "\r\r\n")), firstRow + 1),
            BadInputKind.MixedLineEnds => (Utf8(Replace(lines, firstRow + 1, lines[firstRow + 1].TrimEnd('\r', '\n') + (sample.LineEnd == "\n" ? "\r\n" : "\n"))), firstRow + 2),
            BadInputKind.HeaderOnly => (Utf8(string.Concat(lines.Take(firstRow))), firstRow),
            BadInputKind.MissingColumn => (Utf8(Replace(lines, sample.HeaderIndex, lines[sample.HeaderIndex].Replace(column, "renamed_column", StringComparison.Ordinal))), 0),
            BadInputKind.NonUtf8Garbage => (Garbage(lines, firstRow + 1), 0),
            _ => ([], 0),
        };
    }

    /// <summary>The sample cut in the middle of the last number on its last data row that holds one (what a cut download looks like).</summary>
    private static (byte[] Bytes, long Line) CutLastNumber(ShippedSample sample)
    {
        for (var row = sample.LastRow; row > sample.HeaderIndex; row--)
        {
            var numbers = Number().Matches(sample.Lines[row]);
            if (numbers.Count > 0)
            {
                var last = numbers[^1];
                var text = string.Concat(sample.Lines.Take(row)) + sample.Lines[row][..(last.Index + (last.Length / 2))];
                return (Utf8(text), row + 1);
            }
        }

        throw new InvalidOperationException("the sample holds no number");
    }

    private static string Replace(string[] lines, int index, string line) =>
        string.Concat(lines.Select((l, i) => i == index ? line : l));

    private static byte[] Garbage(string[] lines, int index)
    {
        var before = Utf8(string.Concat(lines.Take(index)) + lines[index][..(lines[index].Length / 2)]);
        var after = Utf8(lines[index][(lines[index].Length / 2)..] + string.Concat(lines.Skip(index + 1)));
        return [.. before, 0xFF, 0xFE, 0xC3, 0x28, .. after];
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    [GeneratedRegex(@"[0-9]{3,}")]
    private static partial Regex Number();
}
