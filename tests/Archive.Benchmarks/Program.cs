// The benchmark harness: corpus generation, ingest, search and micro-benchmarks (see docs/benchmarks.md).
Console.Error.WriteLine("usage: Archive.Benchmarks corpus|ingest|search|micro ...");
return 2;
