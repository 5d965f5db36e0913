using Continuum.Data.Indicators;
using Continuum.Web.Data;
using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>The in-memory corridor index answers exactly what <c>StoreIndicators.TopCorridors</c> answers, over the shipped matrices.</summary>
public sealed class DataCorridorIndexTests(ServerFixture server)
{
    [Theory]
    [InlineData("KNOMAD.MIG.STOCK")]
    [InlineData("KNOMAD.REM.BILAT")]
    public void Top_EveryCountryBothDirections_EqualsTopCorridors(string indicator)
    {
        var gate = server.Service<StoreGate>();
        var countries = server.Service<DataCatalog>().Areas.Values.Where(a => a.Kind == "country").Select(a => a.Code).Order(StringComparer.Ordinal).ToList();
        var index = new CorridorIndex(gate.Read(s => StoreIndicators.TopCorridors(s, indicator, int.MaxValue)));
        var listed = 0;

        gate.Read(store =>
        {
            foreach (var top in new[] { 1, 20, 250 })
            {
                Assert.Equal(StoreIndicators.TopCorridors(store, indicator, top), index.Top(top));
            }

            foreach (var country in countries)
            {
                var from = StoreIndicators.TopCorridors(store, indicator, int.MaxValue, from: country);
                Assert.Equal(from, index.Top(int.MaxValue, from: country));
                Assert.Equal(StoreIndicators.TopCorridors(store, indicator, 7, to: country), index.Top(7, to: country));
                listed += from.Count;
            }

            return listed;
        });

        Assert.Equal(index.Count, listed); // every corridor has an origin among the countries
    }

    [Fact]
    public void Top_OriginAndDestinationBoth_IsTheOneCorridor()
    {
        var gate = server.Service<StoreGate>();
        var index = new CorridorIndex(gate.Read(s => StoreIndicators.TopCorridors(s, "KNOMAD.MIG.STOCK", int.MaxValue)));

        var phlUsa = index.Top(10, from: "PHL", to: "USA");

        Assert.Equal(gate.Read(s => StoreIndicators.TopCorridors(s, "KNOMAD.MIG.STOCK", 10, "PHL", "USA")), phlUsa);
        Assert.Single(phlUsa);
    }
}
