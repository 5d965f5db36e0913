using Continuum.Data.Areas;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Areas;

public sealed class AreaTableTests
{
    [Fact]
    public void ShippedTables_RebuiltFromRealFiles_AreIdentical()
    {
        var data = DataPaths.DataDirectory();
        var (areas, aliases) = AreaTableBuilder.Build(data);
        var temp = Directory.CreateTempSubdirectory("continuum-areas-").FullName;
        try
        {
            AreaTableFiles.Write(temp, areas, aliases);
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            {
                AreaTableFiles.Write(Path.Combine(data, "areas"), areas, aliases);
            }

            foreach (var file in new[] { AreaTableFiles.AreasFile, AreaTableFiles.AliasesFile })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(temp, file)), File.ReadAllText(Path.Combine(data, "areas", file)));
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
