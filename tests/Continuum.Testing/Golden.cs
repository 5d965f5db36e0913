namespace Continuum.Testing;

/// <summary>
/// Compares an output with a pinned file under the running test project's <c>Golden/</c> folder, byte for byte.
/// With <c>UPDATE_GOLDEN=1</c> in the environment it rewrites the file instead (and passes): review the diff with
/// <c>git diff</c> before committing it.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that, set to <c>1</c>, rewrites golden files instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_GOLDEN";

    /// <summary>True when this run rewrites golden files.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The path of golden file <paramref name="name"/> (relative, '/'-separated, e.g. <c>help/run.txt</c>).</summary>
    public static string PathOf(string name) =>
        Path.Combine([TestPaths.ProjectDirectory(), "Golden", .. name.Split('/')]);

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals golden file <paramref name="name"/>; rewrites it under
    /// <c>UPDATE_GOLDEN=1</c>.
    /// </summary>
    /// <exception cref="GoldenMismatchException">The file is missing or differs; the message names the first differing line.</exception>
    public static void AssertSame(string name, string actual)
    {
        var path = PathOf(name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new GoldenMismatchException($"no golden file {path}; {HowToUpdate()}");
        }

        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            throw new GoldenMismatchException(Difference(name, expected, actual) + $"\nIf the change is intended, {HowToUpdate()}");
        }
    }

    /// <summary>The one-line instruction to rewrite the golden files of the running test project.</summary>
    public static string HowToUpdate()
    {
        var project = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "Continuum.X.Tests";
        return $"rewrite it with `UPDATE_GOLDEN=1 dotnet test --project tests/{project}` and review `git diff`.";
    }

    private static string Difference(string name, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        return $"{name} differs from the pinned file at line {line + 1}:\n  pinned: {(line < e.Length ? e[line] : "(end)")}\n  now:    {(line < a.Length ? a[line] : "(end)")}";
    }
}
