using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Turns;

/// <summary>
/// Runs a turns plan. Within a round, each measure runs for every build before the next measure starts, so a build's
/// figure and the others' are minutes apart at most; the builds take turns in the order named in odd rounds and in the
/// reverse order in even ones, so none always runs right after another. The page measure serves all builds at once.
/// </summary>
internal static class TurnsRunner
{
    public static async Task<int> RunAsync(TurnsPlan plan, CancellationToken ct)
    {
        var repo = await Git.RunAsync(Environment.CurrentDirectory, ["rev-parse", "--show-toplevel"], ct);
        Directory.CreateDirectory(plan.Work);
        var builds = new List<PublishedBuild>();
        foreach (var spec in plan.Builds)
        {
            builds.Add(await PublishedBuild.PrepareAsync(spec, repo, Path.Combine(plan.Work, "builds"), ct));
        }
        if (builds.GroupBy(b => b.Label).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            await Console.Error.WriteLineAsync($"turns: two builds are labelled {twice.Key}; name them LABEL=TARGET.");
            return 2;
        }

        var corpus = MakeCorpus(plan);
        var data = builds.ToDictionary(b => b.Label, b => Path.Combine(plan.Work, "data", PublishedBuild.Safe(b.Label)));
        var output = plan.Output ?? Path.Combine(repo, "artifacts", "bench", $"turns-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using var lines = new StreamWriter(output);

        var header = new TurnsHeader("turns", DateTimeOffset.UtcNow.ToString("u"), Environment.MachineName, Environment.ProcessorCount,
            Environment.OSVersion.VersionString, Environment.Version.ToString(), plan.Size, plan.Rounds, plan.Measures,
            [.. builds.Select(b => new TurnsBuild(b.Label, b.Commit))]);
        await WriteAsync(lines, JsonLine.Format(header));

        var runs = new List<TurnRun>();
        var posts = new Dictionary<string, double>(StringComparer.Ordinal);
        var unindexed = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 1; round <= plan.Rounds; round++)
        {
            var order = round % 2 == 1 ? builds : [.. Enumerable.Reverse(builds)];
            async Task RecordAsync(PublishedBuild build, string measure, Dictionary<string, double> figures)
            {
                var run = new TurnRun(build.Label, build.Commit, round, measure, figures);
                runs.Add(run);
                await WriteAsync(lines, JsonLine.Format(run));
            }

            foreach (var build in order)
            {
                // Without the ingest measure, each build's store is made once, untimed, the same way.
                if (plan.Measures.Contains(Measures.Ingest) || !posts.ContainsKey(build.Label))
                {
                    var figures = await Measures.IngestAsync(build, corpus, data[build.Label], ct);
                    posts[build.Label] = figures.GetValueOrDefault("posts");
                    unindexed.Add(build.Label);
                    if (plan.Measures.Contains(Measures.Ingest))
                    {
                        await RecordAsync(build, Measures.Ingest, figures);
                    }
                }
            }
            foreach (var build in order)
            {
                var needed = plan.Measures.Contains(Measures.Search) || plan.Measures.Contains(Measures.Page);
                if (plan.Measures.Contains(Measures.Reindex) || (needed && unindexed.Contains(build.Label)))
                {
                    var figures = await Measures.ReindexAsync(build, data[build.Label], posts[build.Label], ct);
                    unindexed.Remove(build.Label);
                    if (plan.Measures.Contains(Measures.Reindex))
                    {
                        await RecordAsync(build, Measures.Reindex, figures);
                    }
                }
            }
            if (plan.Measures.Contains(Measures.Search))
            {
                foreach (var build in order)
                {
                    await RecordAsync(build, Measures.Search, await Measures.SearchAsync(build, data[build.Label], plan.Queries, plan.SearchRepeat, ct));
                }
            }
            if (plan.Measures.Contains(Measures.Page))
            {
                var pages = await PageLoad.RunAsync([.. order.Select(b => (b, data[b.Label]))], plan.Page, ct);
                for (var i = 0; i < order.Count; i++)
                {
                    await RecordAsync(order[i], Measures.Page, pages[i]);
                }
            }
        }

        var table = TurnsSummary.Table(runs, builds, plan.Measures);
        Console.Out.WriteLine();
        Console.Out.Write(table);
        var tableFile = Path.ChangeExtension(output, ".md");
        await File.WriteAllTextAsync(tableFile, table, ct);
        await Console.Error.WriteLineAsync($"turns: JSON lines in {output}, the table in {tableFile}");
        return 0;
    }

    /// <summary>The corpus of the plan's size and seed, generated once into the work folder and reused by later runs.</summary>
    private static string MakeCorpus(TurnsPlan plan)
    {
        var corpus = Path.Combine(plan.Work, $"corpus-{plan.Size}-seed{plan.Seed}");
        // Beside the corpus, not in it: every file in it is ingested.
        var done = corpus + ".done";
        if (!File.Exists(done))
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
            CorpusGenerator.Generate(plan.Size, corpus, plan.Seed);
            File.WriteAllText(done, "");
        }
        return corpus;
    }

    private static async Task WriteAsync(StreamWriter file, string line)
    {
        Console.Out.WriteLine(line);
        await file.WriteLineAsync(line);
        await file.FlushAsync();
    }
}
