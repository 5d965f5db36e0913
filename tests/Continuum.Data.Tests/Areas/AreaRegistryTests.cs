using Continuum.Data.Areas;

namespace Continuum.Data.Tests.Areas;

public sealed class AreaRegistryTests
{
    private static readonly AreaRegistry Registry = AreaRegistry.LoadDefault();

    [Theory]
    [InlineData("Korea, Rep.", AreaSchemes.Knomad, "KOR")]
    [InlineData("Republic of Korea", AreaSchemes.UnDesa, "KOR")]
    [InlineData("  Republic of Moldova*", AreaSchemes.UnDesa, "MDA")]
    [InlineData("Other North", AreaSchemes.Knomad, "KNOMAD-OTHER-NORTH")]
    [InlineData("WORLD", AreaSchemes.Knomad, "WLD")]
    [InlineData("World", AreaSchemes.Knomad, "WLD")]
    [InlineData("900", AreaSchemes.M49, "WLD")]
    [InlineData("947", AreaSchemes.M49, "M49-947")]
    [InlineData("SSF", AreaSchemes.WorldBank, "SSF")]
    [InlineData("KSV", AreaSchemes.WorldBank, "XKX")]
    [InlineData("Czech Republic", AreaSchemes.WorldBankHistorical, "CZE")]
    [InlineData("Kosovo (under UNSC res. 1244)", AreaSchemes.Wpp2024, "XKX")]
    public void Resolve_KnownNames_GiveHarmonisedCode(string name, string scheme, string expected) =>
        Assert.Equal(expected, Registry.Resolve(name, scheme));

    [Fact]
    public void Resolve_UnknownName_IsNullAndThrowVariantNamesLocation()
    {
        Assert.Null(Registry.Resolve("Atlantis", AreaSchemes.Knomad));
        Assert.Null(Registry.Resolve("Canada", AreaSchemes.M49));
        var ex = Assert.Throws<InputException>(() => Registry.ResolveOrThrow("Atlantis", AreaSchemes.Knomad, "f.csv", 7, "sending_country"));
        Assert.Equal(7, ex.Line);
        Assert.Equal("sending_country", ex.Field);
    }

    [Fact]
    public void Table_KindsAndCodes_AreConsistent()
    {
        Assert.Equal(AreaKind.WorldBankAggregate, Registry.Find("LMY")!.Kind);
        Assert.Equal(AreaKind.UnAggregate, Registry.Find("M49-947")!.Kind);
        Assert.Equal(AreaKind.Country, Registry.Find("LCA")!.Kind);
        Assert.Equal(900, Registry.Find("WLD")!.M49);
        Assert.Equal(124, Registry.Find("CAN")!.M49);
        Assert.All(Registry.Areas.Where(a => a.Kind == AreaKind.Country && a.Iso3.Length > 0), a => Assert.Equal(3, a.Iso3.Length));
        Assert.Equal(Registry.Areas.Count, Registry.Areas.Select(a => a.Code).Distinct().Count());
    }
}
