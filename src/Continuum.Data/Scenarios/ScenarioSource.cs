using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>A scenario as read from its file, with where each field was set (for messages about it after reading).</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Locate">The file and line that set a field (e.g. <c>sample_size</c>, <c>development.LEVER.ALL</c>).</param>
public sealed record ScenarioSource(Scenario Scenario, Func<string, (string? File, long? Line)> Locate);
