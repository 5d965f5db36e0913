using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Processes;
using Continuum.Core.Processes.Census;
using Continuum.Core.Processes.Demography;
using Continuum.Core.Processes.Earnings;
using Continuum.Core.Processes.Integration;
using Continuum.Core.Processes.Labour;
using Continuum.Core.Processes.Migration;
using Continuum.Core.Processes.Reintegration;
using Continuum.Core.Processes.Remittances;

namespace Continuum.Core.Engine;

/// <summary>
/// The ordered steps of a run: the person processes applied to each chunk every year, and the per-run hooks
/// (<see cref="IRunProcess"/>) the engine calls when a replicate starts and after each year. The hooks are the
/// pipeline's run-level accounts (e.g. <see cref="DevelopmentAccount"/>) followed by every process that implements
/// <see cref="IRunProcess"/>, in pipeline order. A pipeline holds per-run state: use one per <see cref="Simulation"/>.
/// </summary>
public sealed class ProcessPipeline
{
    /// <summary>A pipeline of <paramref name="processes"/> (in the order they run) with run-level <paramref name="accounts"/>.</summary>
    public ProcessPipeline(IEnumerable<PersonProcess> processes, IEnumerable<IRunProcess>? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        Processes = [.. processes];
        RunHooks = [.. accounts ?? [], .. Processes.OfType<IRunProcess>()];
    }

    /// <summary>The person processes in the order they run each year.</summary>
    public IReadOnlyList<PersonProcess> Processes { get; }

    /// <summary>The per-run hooks in the order the engine calls them.</summary>
    public IReadOnlyList<IRunProcess> RunHooks { get; }

    /// <summary>The second development account of a paired pipeline (null otherwise); its result is that scenario's.</summary>
    public DevelopmentAccount? Paired { get; private init; }

    /// <summary>
    /// The standard pipeline of <paramref name="inputs"/>: education, labour, then — when the inputs carry development
    /// parameters — integration, reintegration, earnings and remittances, then census, mortality, fertility and migration.
    /// </summary>
    /// <param name="inputs">Validated inputs.</param>
    /// <param name="pairedDevelopment">
    /// Optional development parameters of a second scenario whose engine inputs equal <paramref name="inputs"/>: its
    /// development processes run on the same persons right after the first scenario's and
    /// report in <see cref="Paired"/> (the persons are the same, so this equals running that scenario on its own; one
    /// engine pass serves both).
    /// </param>
    public static ProcessPipeline Default(SimulationInputs inputs, DevelopmentParameters? pairedDevelopment = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        List<PersonProcess> processes = [new EducationProcess(), new LabourProcess()];
        List<IRunProcess> accounts = [];
        DevelopmentAccount? paired = null;
        if (inputs.Development is not null)
        {
            accounts.Add(AddDevelopment(processes, new DevelopmentAccount(inputs.Development, reportsInRun: true)));
            if (pairedDevelopment is not null)
            {
                paired = AddDevelopment(processes, new DevelopmentAccount(pairedDevelopment, reportsInRun: false));
                accounts.Add(paired);
            }
        }
        else if (pairedDevelopment is not null)
        {
            throw new ArgumentException("a paired development step needs inputs with their own development parameters", nameof(pairedDevelopment));
        }

        processes.AddRange([new CensusProcess(), new MortalityProcess(), new FertilityProcess(), new MigrationProcess(inputs)]);
        return new ProcessPipeline(processes, accounts) { Paired = paired };
    }

    /// <summary>
    /// The development processes of one scenario, in order: integration (writes each employed person's factor),
    /// reintegration (returnees' premium), earnings (reads the factor), remittances (reads the earnings).
    /// </summary>
    public static PersonProcess[] DevelopmentProcesses(DevelopmentAccount account) =>
        [new IntegrationProcess(account), new ReintegrationProcess(account), new EarningsProcess(account), new RemittanceProcess(account)];

    private static DevelopmentAccount AddDevelopment(List<PersonProcess> processes, DevelopmentAccount account)
    {
        processes.AddRange(DevelopmentProcesses(account));
        return account;
    }
}
