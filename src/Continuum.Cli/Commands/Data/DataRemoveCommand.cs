using System.Globalization;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Data;

/// <summary><c>continuum data remove DATASET</c>: removes one dataset and all its values, in one transaction.</summary>
public sealed class DataRemoveCommand : Command<DataRemoveCommand.Settings>
{
    /// <summary>Options of <c>data remove</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Dataset id, file name or vintage.</summary>
        [CommandArgument(0, "<DATASET>")]
        [Description("The dataset: its id from `data list`, or its file name or vintage when only one dataset has it.")]
        public string Dataset { get; init; } = string.Empty;

        /// <summary>Allow removing shipped data.</summary>
        [CommandOption("--shipped")]
        [Description("Allow removing a shipped dataset (it is imported again on the next command that uses the shipped data).")]
        public bool Shipped { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Dataset) ? ValidationResult.Error("DATASET is empty; give an id, a file name or a vintage from `data list`")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = ContinuumStore.Open(settings.Store);
        var dataset = store.FindDataset(settings.Dataset);
        store.RemoveDataset(dataset.Id, settings.Shipped);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"removed dataset {StoreDatasets.Describe(dataset)} with its {dataset.Observations} values"));
        if (dataset.Shipped)
        {
            DataServices.ErrorConsole().MarkupLine("[grey]" + Markup.Escape("it is shipped data: the next command that uses the shipped data imports it again") + "[/]");
        }

        return CliApp.Ok;
    }
}
