namespace Continuum.Cli.Tests.Golden;

/// <summary>
/// Compares a command's output with a file under <c>Golden/results/</c> in the source tree, byte for byte.
/// With <c>UPDATE_GOLDEN=1</c> it rewrites the file instead (and the test then passes): review the diff.
/// </summary>
internal static class GoldenFile
{
    public static string PathOf(string name) =>
        Path.Combine(ContinuumCli.RepositoryRoot(), "tests", "Continuum.Cli.Tests", "Golden", "results", name);

    public static void AssertSame(string name, string actual)
    {
        var path = PathOf(name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run the test with UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        Assert.Fail($"{name} differs from the pinned file at line {line + 1}:\n  pinned: {(line < e.Length ? e[line] : "(end)")}\n  now:    {(line < a.Length ? a[line] : "(end)")}");
    }
}
