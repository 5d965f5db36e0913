using System.Reflection;

namespace Continuum.Web.Models;

/// <summary>
/// The model documentation (<c>docs/models/*.md</c>), embedded in the assembly at build time so that each model
/// page shows the equations and parameter tables of the same commit, never a copy kept by hand.
/// </summary>
public sealed class ModelDocs
{
    /// <summary>The documented models, by the name used in URLs (= the file name without <c>.md</c>).</summary>
    public static readonly IReadOnlyList<string> Names = ["host-economy", "projection", "brain-gain", "inequality", "returns"];

    private const string ResourcePrefix = "Continuum.Web.docs.models.";

    private readonly Dictionary<string, byte[]> _markdown = new(StringComparer.Ordinal);

    /// <summary>Reads every embedded document once.</summary>
    public ModelDocs()
    {
        var assembly = typeof(ModelDocs).Assembly;
        foreach (var name in Names)
        {
            _markdown[name] = Read(assembly, ResourcePrefix + name + ".md");
        }
    }

    /// <summary>The UTF-8 markdown of <paramref name="name"/>, or null when no model has that name.</summary>
    public byte[]? Markdown(string? name) => name is not null && _markdown.TryGetValue(name, out var bytes) ? bytes : null;

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the embedded resource {resource} is missing; check Continuum.Web.csproj");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
