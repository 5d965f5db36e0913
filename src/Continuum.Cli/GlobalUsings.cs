// Every command file needs the option attributes (System.ComponentModel, Spectre.Console.Cli), the console
// (Spectre.Console) and the shared infrastructure; written once here instead of at the top of each file.
global using System.ComponentModel;
global using Continuum.Cli.Infrastructure;
global using Spectre.Console;
global using Spectre.Console.Cli;
