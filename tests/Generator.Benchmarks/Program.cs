using BenchmarkDotNet.Running;

// Runs the benchmarks chosen with --filter, e.g. dotnet run -c Release --project tests/Generator.Benchmarks -- --filter '*Pdf*'
BenchmarkSwitcher.FromAssembly(typeof(Generator.Benchmarks.PdfWriterBenchmarks).Assembly).Run(args);
