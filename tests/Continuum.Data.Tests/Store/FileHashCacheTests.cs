using Continuum.Data.Catalog;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

public sealed class FileHashCacheTests
{
    [Fact]
    public void Sha256_UnchangedFile_ComesFromTheCache()
    {
        using var t = new TempStore();
        var path = t.WriteFile("a.csv", "first");
        var first = FileHashCache.Sha256(t.Store, path);
        // Proof the second answer is the cached one: poison the remembered hash, keep the file as it was.
        t.Store.Execute("UPDATE file_hashes SET sha256 = 'cached'");

        Assert.Equal(FileHash.Sha256(path), first);
        Assert.Equal("cached", FileHashCache.Sha256(t.Store, path));
    }

    [Fact]
    public void Sha256_RewrittenFile_IsHashedAgain()
    {
        using var t = new TempStore();
        var path = t.WriteFile("a.csv", "first");
        FileHashCache.Sha256(t.Store, path);

        File.WriteAllText(path, "second, longer");

        Assert.Equal(FileHash.Sha256(path), FileHashCache.Sha256(t.Store, path));
        Assert.Equal(1, FileHashCache.Count(t.Store));
    }

    [Fact]
    public void Pending_NewFile_CarriesItsHashIntoTheImportRequest()
    {
        using var t = new TempStore();
        var path = t.WriteFile("SP.POP.TOTL.csv", "Country Name,Country Code,Year,Value\nCanada,CAN,2010,34005274\n");
        var entry = new ManifestEntry(path, new ImportRequest(path, "wdi-long", "WDI test"));

        var pending = ShippedData.Pending(t.Store, [entry]);
        t.Importer.Import(pending[0].Request);

        Assert.Equal(FileHash.Sha256(path), pending[0].Request.Sha256);
        Assert.Empty(ShippedData.Pending(t.Store, [entry]));
    }
}
