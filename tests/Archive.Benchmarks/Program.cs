using System.CommandLine;
using Archive.Benchmarks.Corpus;

// The benchmark harness (see docs/benchmarks.md): one verb per step, each printing one JSON line.
var root = new RootCommand("Archive benchmark harness.")
{
    CorpusCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
