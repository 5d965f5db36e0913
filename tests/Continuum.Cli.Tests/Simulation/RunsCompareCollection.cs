namespace Continuum.Cli.Tests.Simulation;

/// <summary>Shares one <see cref="RunsCompareFixture"/> between the test classes of <see cref="RunsCompareFixture.Collection"/>.</summary>
[CollectionDefinition(RunsCompareFixture.Collection)]
public sealed class RunsCompareCollection : ICollectionFixture<RunsCompareFixture>;
