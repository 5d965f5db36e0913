namespace Continuum.Core.Tests;

/// <summary>Core is base-class-library only: it may reference the analytic models and System.*, nothing else.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void CoreAssembly_References_OnlyBclAndModels()
    {
        var references = typeof(Rng).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "Continuum.Models",
            $"Continuum.Core references {name}"));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }
}
