using System.CommandLine;
using Archive.Benchmarks.Allocations;
using Archive.Benchmarks.Copies;
using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Export;
using Archive.Benchmarks.Ingest;
using Archive.Benchmarks.Micro;
using Archive.Benchmarks.QueryFiles;
using Archive.Benchmarks.Related;
using Archive.Benchmarks.RunAll;
using Archive.Benchmarks.Search;
using Archive.Benchmarks.Site;
using Archive.Benchmarks.Stages;
using Archive.Benchmarks.Turns;
using BenchmarkDotNet.Running;

// The benchmark harness (see docs/benchmarks.md): one verb per step, each printing one JSON line on stdout.
if (args.Length > 0 && args[0] == "micro")
{
    // BenchmarkDotNet parses its own arguments (--filter, --job, ...).
    BenchmarkSwitcher.FromAssembly(typeof(Archive.Benchmarks.Micro.DumpParsingBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

var root = new RootCommand("Archive benchmark harness: corpus, corpus-check, export-corpus, queries, ingest, stages, search, related, allocations, single-post, copy-index, turns, web-load, pages, micro, run-all.")
{
    CorpusCommand.Create(),
    CorpusCheckCommand.Create(),
    ExportCorpusCommand.Create(),
    QueriesCommand.Create(),
    IngestCommand.Create(),
    SearchCommand.Create(),
    RelatedCommand.Create(),
    RunAllCommand.Create(),
    StagesCommand.Create(),
    AllocationsCommand.Create(),
    SinglePostCommand.Create(),
    CopyIndexCommand.Create(),
    TurnsCommand.Create(),
    WebLoadCommand.Create(),
    PagesCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
