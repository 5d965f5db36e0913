using System.Reflection;

namespace Continuum.Architecture.Tests;

/// <summary>
/// No shared mutable state in the libraries: a public static field is neither writable nor an array (whose elements
/// any caller could overwrite); expose a <c>ReadOnlySpan</c>, an <c>ImmutableArray</c> or an <c>IReadOnlyList</c> instead.
/// </summary>
public sealed class StaticStateTests
{
    public static TheoryData<string> Projects => new(ProjectRules.NoPublicStaticMutableState);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_HasNoPublicStaticMutableField(string project)
    {
        var found = MutableFields(project).Where(f => !ProjectRules.PublicStaticArrayExceptions.Contains(f)).ToList();

        Assert.True(found.Count == 0,
            $"{project} has public static fields that anyone can change: {string.Join(", ", found)}");
    }

    [Fact]
    public void PublicStaticArrayExceptions_AreAllStillThere()
    {
        var found = ProjectRules.NoPublicStaticMutableState.SelectMany(MutableFields).ToHashSet(StringComparer.Ordinal);
        var gone = ProjectRules.PublicStaticArrayExceptions.Where(e => !found.Contains(e)).ToList();

        Assert.True(gone.Count == 0,
            $"{string.Join(", ", gone)} no longer exist: delete them from ProjectRules.PublicStaticArrayExceptions (the list only shrinks)");
    }

    private static IEnumerable<string> MutableFields(string project) =>
        Assembly.LoadFrom(BuiltAssemblies.PathOf(project)).GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && (f.FieldType.IsArray || !f.IsInitOnly))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .Order(StringComparer.Ordinal);
}
