using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

/// <summary>Opening the store read-only or read-write, and a damaged file named in words.</summary>
public sealed class StoreAccessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("continuum-access-").FullName;

    [Fact]
    public void OpenReadOnly_MissingStore_SaysItDoesNotExist()
    {
        var path = Path.Combine(_folder, "none.duckdb");
        var error = Assert.Throws<InputException>(() => ContinuumStore.Open(path, StoreAccess.ReadOnly));
        Assert.Equal($"the store {path} does not exist", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OpenForReading_NewStore_CreatesItThenOpensReadOnly()
    {
        var path = Path.Combine(_folder, "new.duckdb");
        var prepared = 0;
        using (var store = ContinuumStore.OpenForReading(path, prepare: _ => prepared++))
        {
            Assert.Equal(StoreAccess.ReadOnly, store.Access);
            Assert.Equal(0, store.ObservationCount());
        }

        using (ContinuumStore.OpenForReading(path, needsWrite: _ => false, prepare: _ => prepared++))
        {
            Assert.Equal(1, prepared);
        }
    }

    [Fact]
    public void OpenReadOnly_CurrentStore_ReadsButCannotWrite()
    {
        var path = Path.Combine(_folder, "ro.duckdb");
        ContinuumStore.Open(path).Dispose();
        using var store = ContinuumStore.Open(path, StoreAccess.ReadOnly);
        Assert.Equal(0, store.ObservationCount());
        Assert.ThrowsAny<Exception>(() => store.Execute("INSERT INTO store_info VALUES ('x', 'y')"));
    }

    [Fact]
    public void OpenReadOnly_OlderSchema_SaysItMustBeUpgraded()
    {
        var path = Path.Combine(_folder, "old.duckdb");
        using (var store = ContinuumStore.Open(path))
        {
            store.Execute("DELETE FROM store_info");
        }

        var error = Assert.Throws<InputException>(() => ContinuumStore.Open(path, StoreAccess.ReadOnly));
        Assert.Contains("was made by an older version and must be upgraded", error.Message, StringComparison.Ordinal);
        using var upgraded = ContinuumStore.OpenForReading(path);
        Assert.Equal(StoreAccess.ReadOnly, upgraded.Access);
    }

    [Theory]
    [InlineData(StoreAccess.ReadWrite)]
    [InlineData(StoreAccess.ReadOnly)]
    public void Open_GarbageFile_NamesTheFileAndWhatToDo(StoreAccess access)
    {
        var path = Path.Combine(_folder, "garbage.duckdb");
        File.WriteAllText(path, new string('x', 50_000));
        var error = Assert.Throws<InputException>(() => ContinuumStore.Open(path, access));
        Assert.StartsWith($"the store {path} is damaged or is not a Continuum store; move it aside or remove it", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
