using Continuum.Data.IO;
using Continuum.Data.Parameters;
using Continuum.Models.Returns;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>
/// <c>continuum model returns</c>: the place premium and the private, origin-social and host-social NPVs of one
/// emigrant's career; the chart shows the three NPVs against the return probability.
/// </summary>
public sealed class ReturnsCommand : Command<ReturnsSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ReturnsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Parameters ?? DataPaths.Shipped("parameters", "caribbean-nurse.csv");
        var parameters = MigrationReturnsParameterFile.From(ParameterFile.Read(path));
        parameters = parameters with
        {
            ReturnProbability = settings.ReturnProbability ?? parameters.ReturnProbability,
            RemittanceShare = settings.RemittanceShare ?? parameters.RemittanceShare,
        };
        var model = new MigrationReturnsModel(parameters);
        settings.Write(ReturnsTable.Build(model));
        if (settings.Chart is not null)
        {
            SaveChart(settings.Chart, model);
        }

        return CliApp.Ok;
    }

    private static void SaveChart(string path, MigrationReturnsModel model)
    {
        var q = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();
        var accounts = q.Select(model.Expected).ToArray();
        LineChart.SavePng(path, "NPV of one emigrant's career by return probability", "return probability",
            "net present value (US$)",
        [
            new ChartSeries("private", q, accounts.Select(a => a.PrivateNpv).ToArray()),
            new ChartSeries("origin-social", q, accounts.Select(a => a.OriginSocialNpv).ToArray()),
            new ChartSeries("host-social", q, accounts.Select(a => a.HostSocialNpv).ToArray()),
        ]);
    }
}
