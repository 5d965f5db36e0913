using System.Security.Cryptography;

namespace Continuum.Data.IO;

/// <summary>Content hashes that identify a file whatever its name or date.</summary>
public static class FileHash
{
    /// <summary>The lower-case hex SHA-256 of the file's bytes.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
