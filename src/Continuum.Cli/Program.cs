using Continuum.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("continuum");
    config.SetApplicationVersion(typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "0");
    config.PropagateExceptions();
    CliApp.Register(config);
});
return CliApp.Run(app, args);
