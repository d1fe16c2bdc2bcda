using System.CommandLine;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Turns;

/// <summary>
/// "turns --builds A,B[,...] [--measures ingest,reindex,search,page] [--size N] [--rounds R]": publishes each build as
/// the image ships it and measures them alternately, round after round, on one generated corpus, so that the host's
/// drift (a fifth to a third of any figure from hour to hour on the project's VM) falls on every build alike. One JSON
/// line per measurement, then a table per build: median, min, max, and the change against the first build.
/// </summary>
public static class TurnsCommand
{
    public static Command Create()
    {
        var builds = new Option<string>("--builds")
        {
            Description = "Comma-separated [LABEL=]TARGET: a git revision, '.' (the working tree as it is), or a folder a turns run published",
            Required = true,
        };
        var measures = new Option<string>("--measures") { Description = "Comma-separated, of ingest, reindex, search, page", DefaultValueFactory = _ => string.Join(',', Measures.All) };
        var size = new Option<int>("--size") { Description = "Posts in the generated corpus", DefaultValueFactory = _ => 20_000 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds; each measures every build once", DefaultValueFactory = _ => 2 };
        var seed = new Option<ulong>("--seed") { Description = "The corpus's seed", DefaultValueFactory = _ => 1 };
        var work = new Option<string>("--work") { Description = "Scratch folder: published builds (kept, reused by commit), the corpus, the data folders", DefaultValueFactory = _ => "/tmp/archive-turns" };
        var output = new Option<string?>("--out") { Description = "The JSON lines' file (default: artifacts/bench/turns-DATE.jsonl in the repository); the table goes beside it as .md" };
        var queries = new Option<string>("--queries") { Description = "Query file of the search and page measures", DefaultValueFactory = _ => HarnessPaths.DefaultQueries };
        var repeat = new Option<int>("--search-repeat") { Description = "Timed passes over the query file per search run", DefaultValueFactory = _ => 3 };
        var connections = new Option<int>("--connections") { Description = "wrk connections per server in the page measure", DefaultValueFactory = _ => 16 };
        var warmup = new Option<int>("--page-warmup") { Description = "Seconds of load before the page measure's window", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--page-seconds") { Description = "Seconds the page measure's window lasts", DefaultValueFactory = _ => 20 };
        var command = new Command("turns", "Measure two or more builds in turns: ingest, reindex, search latency, the search page's CPU per request.")
        {
            builds, measures, size, rounds, seed, work, output, queries, repeat, connections, warmup, seconds,
        };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(measures)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (chosen.Length == 0 || chosen.Except(Measures.All).Any())
            {
                await Console.Error.WriteLineAsync($"turns: measures are {string.Join(", ", Measures.All)}.");
                return 2;
            }
            if (chosen.Contains(Measures.Page) && Wrk.Missing() is { } missing)
            {
                await Console.Error.WriteLineAsync("turns: " + missing);
                return 2;
            }
            var plan = new TurnsPlan(
                parse.GetValue(builds)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                // In the order the rounds take them, whatever order they were named in.
                [.. Measures.All.Where(chosen.Contains)],
                parse.GetValue(size), parse.GetValue(rounds), parse.GetValue(seed), Path.GetFullPath(parse.GetValue(work)!),
                parse.GetValue(output), Path.GetFullPath(parse.GetValue(queries)!), parse.GetValue(repeat),
                new PageOptions(parse.GetValue(connections), parse.GetValue(warmup), parse.GetValue(seconds), Path.GetFullPath(parse.GetValue(queries)!)));
            return await TurnsRunner.RunAsync(plan, ct);
        });
        return command;
    }
}

/// <summary>What a turns run was asked to do.</summary>
internal sealed record TurnsPlan(IReadOnlyList<string> Builds, IReadOnlyList<string> Measures, int Size, int Rounds, ulong Seed,
    string Work, string? Output, string Queries, int SearchRepeat, PageOptions Page);
