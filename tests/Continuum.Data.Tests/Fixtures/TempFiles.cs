using System.Text;

namespace Continuum.Data.Tests.Fixtures;

/// <summary>A temporary folder for broken variants of the shipped files; deleted on dispose.</summary>
public sealed class TempFiles : IDisposable
{
    public TempFiles() => Root = Directory.CreateTempSubdirectory("continuum-data-tests-").FullName;

    public string Root { get; }

    /// <summary>Writes UTF-8 <paramref name="text"/> to <paramref name="relative"/> (folders created) and returns the path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies the first <paramref name="lines"/> lines of a shipped text file.</summary>
    public static string Head(string path, int lines) =>
        string.Join('\n', File.ReadLines(path).Take(lines)) + "\n";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
