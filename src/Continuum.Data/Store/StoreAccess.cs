namespace Continuum.Data.Store;

/// <summary>
/// How a process opens the store. DuckDB lets either one process open a file read-write or any number of processes
/// open it read-only, never both at once; within one process every connection to a file shares the access mode of
/// the first one opened, until the last one is closed (docs/store.md).
/// </summary>
public enum StoreAccess
{
    /// <summary>Reads and writes; the store is created or upgraded when needed. Excludes every other process.</summary>
    ReadWrite,

    /// <summary>Reads only; other read-only processes may read at the same time. The store must exist and be current.</summary>
    ReadOnly,
}
