using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Continuum.Architecture.Tests;

/// <summary>
/// The built <c>Continuum.*</c> assemblies of src/ (copied next to these tests by the wildcard project reference), read
/// as metadata: their assembly references and the types and members they reference, without loading them.
/// </summary>
internal static class BuiltAssemblies
{
    /// <summary>The names of the src/ projects (folders under src/ with a csproj of the same name).</summary>
    public static IReadOnlyList<string> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal).ToList();

    /// <summary>The path of project <paramref name="project"/>'s built assembly next to the tests.</summary>
    public static string PathOf(string project)
    {
        var path = Path.Combine(AppContext.BaseDirectory, AssemblyName(project) + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} was not built next to the architecture tests", path);
    }

    /// <summary>
    /// What project <paramref name="project"/> references: Continuum assemblies by their project name (the CLI's
    /// assembly is <c>continuum</c>), anything else by assembly name.
    /// </summary>
    public static IReadOnlyList<string> References(string project)
    {
        var projects = SourceProjects().ToDictionary(AssemblyName, p => p, StringComparer.Ordinal);
        return Read(project, md => md.AssemblyReferences
            .Select(h => md.GetString(md.GetAssemblyReference(h).Name))
            .Select(a => projects.GetValueOrDefault(a, a)).ToList());
    }

    /// <summary>The assembly name of a src/ project: its csproj's AssemblyName, else the project name.</summary>
    public static string AssemblyName(string project)
    {
        var csproj = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
        var declared = File.Exists(csproj)
            ? System.Xml.Linq.XDocument.Load(csproj).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault()
            : null;
        return string.IsNullOrEmpty(declared) ? project : declared;
    }

    /// <summary>
    /// Every type <paramref name="name"/> references, as (defining assembly, full type name), and every member reference
    /// as (assembly, "Type.Member").
    /// </summary>
    public static (IReadOnlyList<(string Assembly, string Type)> Types, IReadOnlyList<(string Assembly, string Member)> Members) Uses(string name) =>
        Read(name, md =>
        {
            var types = md.TypeReferences.Select(h => (Scope(md, h), FullName(md, h))).ToList();
            var members = new List<(string, string)>();
            foreach (var h in md.MemberReferences)
            {
                var member = md.GetMemberReference(h);
                if (member.Parent.Kind == HandleKind.TypeReference)
                {
                    var parent = (TypeReferenceHandle)member.Parent;
                    members.Add((Scope(md, parent), FullName(md, parent) + "." + md.GetString(member.Name)));
                }
            }

            return ((IReadOnlyList<(string, string)>)types, (IReadOnlyList<(string, string)>)members);
        });

    /// <summary>The repository root (the folder holding Continuum.slnx above the tests' output).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Continuum.slnx above {AppContext.BaseDirectory}");
    }

    private static T Read<T>(string name, Func<MetadataReader, T> read)
    {
        using var stream = File.OpenRead(PathOf(name));
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }

    private static string FullName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string Scope(MetadataReader md, TypeReferenceHandle handle)
    {
        var scope = md.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.AssemblyReference => md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
            HandleKind.TypeReference => Scope(md, (TypeReferenceHandle)scope),
            _ => string.Empty,
        };
    }
}
