using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Continuum.Core.Tests;

/// <summary>
/// Core is base-class-library only: it may reference the analytic models and System.*, nothing else; and from the
/// models it uses only the validation primitives (<c>InputException</c>, <c>Require</c> in namespace <c>Continuum</c>),
/// the production function (<c>Continuum.Models.Macro</c>) and the host-economy model's labour series that the
/// micro→macro bridge fills (<c>Continuum.Models.HostEconomy</c>).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] AllowedModelNamespaces = ["Continuum", "Continuum.Models.Macro", "Continuum.Models.HostEconomy"];

    [Fact]
    public void CoreAssembly_References_OnlyBclAndModels()
    {
        var references = typeof(Rng).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "Continuum.Models",
            $"Continuum.Core references {name}"));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreAssembly_UsesFromModels_OnlyValidationMacroAndHostEconomyLabour()
    {
        using var stream = File.OpenRead(typeof(Rng).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            if (type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name) == "Continuum.Models")
            {
                used.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name));
            }
        }

        Assert.Contains("Continuum.InputException", used);
        Assert.Contains("Continuum.Models.Macro.CobbDouglasPath", used);
        Assert.All(used, name => Assert.Contains(name[..name.LastIndexOf('.')], AllowedModelNamespaces));
    }
}
