using BenchmarkDotNet.Running;
using Continuum.Benchmarks;

// `generate-wdi PATH [MB]` writes the synthetic WDI bulk file used by ImportBenchmarks (for profiling by hand).
if (args is ["generate-wdi", var path, ..])
{
    var mb = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var (file, rows, values) = WdiBulkFile.Generate(path, mb * 1_000_000L);
    Console.WriteLine($"{file}: {rows} rows, {values} values");
    return;
}

// `import-ratio FILE [ROUNDS]`: read_csv against the import, back to back in fresh stores (the goal's quick check).
if (args is ["import-ratio", var csv, ..])
{
    ImportRatio.Run(Path.GetFullPath(csv), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
