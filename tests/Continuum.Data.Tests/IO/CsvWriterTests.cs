using System.Globalization;
using Continuum.Data.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Data.Tests.IO;

public sealed class CsvWriterTests
{
    private static readonly char[] Alphabet = ['a', 'Z', '7', ' ', ',', '"', '\r', '\n', ';', 'é', '\t'];

    /// <summary>Fields drawn from an alphabet rich in the characters that need quoting.</summary>
    private static Arbitrary<string[][]> Tables() =>
        Gen.Elements(Alphabet).ArrayOf().Select(c => new string(c))
            .ArrayOf(3).NonEmptyListOf().Select(rows => rows.ToArray()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Table_AnyFields_RoundTripThroughCsvFile() =>
        Prop.ForAll(Tables(), rows =>
        {
            var text = CsvWriter.Table(["a", "b", "c"], rows);
            var read = CsvFile.Parse("memory.csv", text);
            return read.Records.Count == rows.Length
                   && read.Records.Select((r, i) => r.Fields.SequenceEqual(rows[i])).All(x => x);
        });

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("", "")]
    public void Field_SpecialCharacters_QuotedOnlyWhenNeeded(string field, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(field));

    [Fact]
    public void Text_Numbers_AreShortestRoundTrip()
    {
        Assert.Equal("0.1", CsvWriter.Text(0.1));
        Assert.Equal("1E-07", CsvWriter.Text(1e-7));
        Assert.Equal("0.30000000000000004", CsvWriter.Text(0.1 + 0.2));
        Assert.Equal("2.5", CsvWriter.Text(2.5f));
        Assert.Equal("12345", CsvWriter.Text(12345));
        Assert.Equal(string.Empty, CsvWriter.Text(double.NaN));
        Assert.Equal(string.Empty, CsvWriter.Text(null));
        Assert.Equal(0.1 + 0.2, double.Parse(CsvWriter.Text(0.1 + 0.2), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Row_MixedCells_JoinsQuotedTextWithCommas()
    {
        using var writer = new StringWriter();
        CsvWriter.WriteRow(writer, ["x,y", 1.5, null, 3]);
        Assert.Equal("\"x,y\",1.5,,3\n", writer.ToString());
    }
}
