using System.Runtime.CompilerServices;
using Continuum.Core.Scenario;
using Continuum.Data.IO;
using Continuum.Data.Scenarios;

namespace Continuum.Data.Tests.Scenarios;

/// <summary>The shipped scenarios and temporary scenario files for the scenario tests.</summary>
internal static class ScenarioFiles
{
    /// <summary>The repository's scenarios folder.</summary>
    public static string Directory => Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios");

    /// <summary>A shipped scenario by file name.</summary>
    public static Scenario Shipped(string file) => ScenarioToml.Read(Path.Combine(Directory, file));

    /// <summary>The text of the shipped small scenario (11 lines; a line appended is line 12).</summary>
    public static string SmallText() => File.ReadAllText(Path.Combine(Directory, "small.toml"));

    /// <summary>This test folder in the source tree (for golden files).</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>True when golden files are to be rewritten (UPDATE_GOLDEN=1).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
