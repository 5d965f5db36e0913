using System.Reflection;
using Continuum.Testing;
using PublicApiGenerator;

namespace Continuum.Architecture.Tests;

/// <summary>
/// The public API of the libraries others build on, pinned in <c>Golden/{assembly}.txt</c> (PublicApiGenerator): an added,
/// removed or changed public member shows up as a reviewed diff. After an intended change rewrite the snapshots with
/// <c>UPDATE_GOLDEN=1 dotnet test --project tests/Continuum.Architecture.Tests -- --filter-class '*PublicApiTests*'</c>
/// and commit them with the change.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Pinned => new("Continuum.Core", "Continuum.Models");

    [Theory]
    [MemberData(nameof(Pinned))]
    public void PublicApi_SameAsPinned(string project)
    {
        var assembly = Assembly.LoadFrom(BuiltAssemblies.PathOf(project));

        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";

        Golden.AssertSame($"{project}.txt", api);
    }
}
