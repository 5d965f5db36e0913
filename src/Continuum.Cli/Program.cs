using Continuum.Cli;

return CliApp.Run(CliApp.Create(), args);
