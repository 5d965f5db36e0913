using System.Runtime.CompilerServices;

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
    /// <param name="name">The golden file, relative to <c>Golden/</c>.</param>
    /// <param name="actual">The output now.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling test's file, named as its class, for the message.</param>
    /// <exception cref="GoldenMismatchException">The file is missing or differs; the message names the first differing line.</exception>
    public static void AssertSame(string name, string actual, [CallerFilePath] string callerFile = "")
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
            throw new GoldenMismatchException($"no golden file {path}; {HowToUpdate(callerFile)}");
        }

        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            throw new GoldenMismatchException(Difference(name, expected, actual) + $"\nIf the change is intended, {HowToUpdate(callerFile)}");
        }
    }

    /// <summary>
    /// The one-line command that rewrites the golden files of one test class (named by its file,
    /// <paramref name="callerFile"/>) in the running test project, and nothing else.
    /// </summary>
    public static string HowToUpdate(string callerFile)
    {
        var project = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "Continuum.X.Tests";
        var filter = callerFile.Length == 0 ? string.Empty : $" -- --filter-class '*{Path.GetFileNameWithoutExtension(callerFile)}*'";
        return $"rewrite it with `UPDATE_GOLDEN=1 dotnet test --project tests/{project}{filter}` and review `git diff`.";
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
