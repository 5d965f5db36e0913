using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Models.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Cli.Tests.Projection;

public sealed class NetMigrationTests
{
    [Property(MaxTest = 200)]
    public Property Distribute_AnyPatternAndTotal_CellsSumToTotal()
    {
        var cases = from f in Gen.Choose(-1000, 1000).Select(i => (double)i).ArrayOf(21)
                    from m in Gen.Choose(-1000, 1000).Select(i => (double)i).ArrayOf(21)
                    from total in Gen.Choose(-100_000, 100_000).Select(i => (double)i)
                    where f.Any(v => v != 0) || m.Any(v => v != 0)
                    select (f, m, total);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (female, male) = NetMigrationPattern.Distribute(c.total, c.f, c.m);
            return Math.Abs(female.Sum() + male.Sum() - c.total) <= 1e-6 * Math.Max(1, Math.Abs(c.total));
        });
    }

    [Fact]
    public void Distribute_CancellingPattern_UsesAbsoluteShares()
    {
        var female = new double[21];
        var male = new double[21];
        female[5] = 100;
        male[5] = -95;

        var (f, m) = NetMigrationPattern.Distribute(1950, female, male);

        Assert.Equal(1000, f[5], 9);
        Assert.Equal(950, m[5], 9);
    }

    [Fact]
    public void Distribute_ZeroPatternNonZeroTotal_Throws() =>
        Assert.Throws<InputException>(() => NetMigrationPattern.Distribute(10, new double[21], new double[21]));

    [Fact]
    public void Supplied_ShippedWpp2024File_FiltersToCountryAndConvertsThousands()
    {
        var supplied = SuppliedNetMigration.Read(DataPaths.Shipped("demography", "wpp2024", "net_migration_by_age_sex_projection.csv"), 124);

        var total = supplied.Groups(Sex.Female, 2020).Sum() + supplied.Groups(Sex.Male, 2020).Sum();

        Assert.Equal(1_752_700, total, 100.0); // README: Canada 2020–2025 sums to 1,752.7 thousand
    }

    [Fact]
    public void Supplied_BadSex_ErrorNamesFileLineAndField()
    {
        var dir = Directory.CreateTempSubdirectory("continuum-mig-");
        try
        {
            var file = Path.Combine(dir.FullName, "m.csv");
            File.WriteAllText(file, "period_start,sex,age_start,net_migration_thousands\n2020,X,20,1\n");

            var ex = Assert.Throws<InputException>(() => SuppliedNetMigration.Read(file, 124));

            Assert.Equal(2, ex.Line);
            Assert.Equal("sex", ex.Field);
            Assert.Equal(file, ex.File);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
