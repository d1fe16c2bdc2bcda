using System.CommandLine;
using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Harness;
using Archive.Benchmarks.Ingest;
using Archive.Benchmarks.Search;

namespace Archive.Benchmarks.RunAll;

/// <summary>"run-all --posts N --work DIR": corpus → ingest (+ reindex, export) → search → FTS5 peer, one JSON line per step.</summary>
public static class RunAllCommand
{
    public static Command Create()
    {
        var posts = new Option<int>("--posts") { Description = "Corpus size in posts", Required = true };
        var work = new Option<string>("--work") { Description = "Scratch folder (emptied first)", Required = true };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 1 };
        var queries = new Option<string>("--queries") { DefaultValueFactory = _ => HarnessPaths.DefaultQueries };
        var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 5 };
        var command = new Command("run-all", "Run every benchmark step on a fresh corpus.") { posts, work, seed, queries, repeat, IngestCommand.AppOption };
        command.SetAction(async (parse, ct) =>
        {
            var workDir = Path.GetFullPath(parse.GetValue(work)!);
            if (Directory.Exists(workDir))
            {
                Directory.Delete(workDir, recursive: true);
            }
            var corpusDir = Path.Combine(workDir, "corpus");
            var dataDir = Path.Combine(workDir, "data");
            var exportFile = Path.Combine(workDir, "export.jsonl");
            var queryFile = parse.GetValue(queries)!;
            var r = parse.GetValue(repeat);

            JsonLine.Print(new MachineReport("machine", DateTimeOffset.UtcNow.ToString("u"), Environment.MachineName,
                Environment.ProcessorCount, Environment.OSVersion.VersionString, Environment.Version.ToString()));
            JsonLine.Print(CorpusCommand.Run(parse.GetValue(posts), corpusDir, parse.GetValue(seed)));

            var ingest = await IngestCommand.RunAsync(parse.GetValue(IngestCommand.AppOption) ?? HarnessPaths.DefaultApp,
                dataDir, corpusDir, exportFile, reindex: true, ct);
            JsonLine.Print(ingest);
            if (ingest.Posts == 0)
            {
                await Console.Error.WriteLineAsync("run-all: the ingest produced no posts; stopping before search.");
                return 1;
            }

            JsonLine.Print(SearchBenchmark.Run(dataDir, queryFile, r, pageSize: 10));

            var peer = await ChildProcess.RunAsync("python3",
                [HarnessPaths.Fts5Peer, "--jsonl", exportFile, "--queries", queryFile, "--repeat", r.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "--db", Path.Combine(workDir, "fts5.db")], ct: ct);
            Console.Out.Write(peer.StandardOutput);
            return peer.ExitCode;
        });
        return command;
    }
}

/// <summary>The first JSON line of a run: when and where it ran.</summary>
public sealed record MachineReport(string Step, string Date, string Machine, int Cores, string Os, string Runtime);
