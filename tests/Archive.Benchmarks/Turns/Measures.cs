using System.Diagnostics;
using System.Globalization;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Turns;

/// <summary>
/// The measures a turns run takes of one build, each run by the build's own published harness or app (so each build
/// runs its own code, compiled as it ships), each into the figures of one JSON line.
/// </summary>
internal static class Measures
{
    public const string Ingest = "ingest";
    public const string Reindex = "reindex";
    public const string Search = "search";
    public const string Page = "page";

    public static readonly string[] All = [Ingest, Reindex, Search, Page];

    /// <summary>
    /// Parse + store of the corpus into an empty store, no index: the build's <c>stages</c> verb, stopped once it has
    /// printed its parse + store line (the stage after it holds the parsed corpus in memory, which is not the ingest's).
    /// Leaves the store in <paramref name="data"/>. Figures: the parse + store line's, the parse line's rate and CPU,
    /// and the process's peak resident set at the end of parse + store.
    /// </summary>
    public static async Task<Dictionary<string, double>> IngestAsync(PublishedBuild build, string corpus, string data, CancellationToken ct)
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { build.Harness, "stages", "--data", data, corpus })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {build.Harness}.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginErrorReadLine();

        Dictionary<string, double>? parsed = null;
        Dictionary<string, double>? stored = null;
        while (stored is null && await process.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }
            switch (Figures.Text(line, "stage"))
            {
                case "parse":
                    parsed = Figures.Of(line);
                    break;
                case "parse+store":
                    // Read at once, before the next stage starts to fill memory.
                    var peak = ProcessStats.PeakRssMb(process.Id);
                    stored = Figures.Of(line);
                    stored["peak_rss_mb"] = peak;
                    break;
            }
        }
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had exited.
        }
        await process.WaitForExitAsync(ct);
        if (stored is null)
        {
            throw new InvalidOperationException($"The stages verb of {build.Label} stopped (exit {process.ExitCode}) before its parse + store line.");
        }
        if (parsed is not null)
        {
            stored["parse_posts_per_s"] = parsed.GetValueOrDefault("posts_per_s");
            stored["parse_cpu_s"] = parsed.GetValueOrDefault("cpu_s");
        }
        var storeOnly = Path.Combine(data, "store-only");
        if (Directory.Exists(storeOnly))
        {
            Directory.Delete(storeOnly, recursive: true);
        }
        return stored;
    }

    /// <summary>A full index rebuild from the store: the build's app's <c>reindex</c> verb, start-up included. Figures: wall and CPU seconds, posts/s, peak resident set.</summary>
    public static async Task<Dictionary<string, double>> ReindexAsync(PublishedBuild build, string data, double posts, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync(build.App, ["reindex", "--data", data], ct: ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"reindex of {build.Label} failed (exit {run.ExitCode}).");
        }
        var wall = run.Wall.TotalSeconds;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["posts"] = posts,
            ["wall_s"] = Math.Round(wall, 3),
            ["cpu_s"] = run.CpuS,
            ["posts_per_s"] = Math.Round(posts / wall, 1),
            ["peak_rss_mb"] = run.PeakRssMb,
        };
    }

    /// <summary>The query file against the index in-process: the build's harness's <c>search</c> verb (facets on, a page of 10, one warm-up pass). Figures: its line's.</summary>
    public static async Task<Dictionary<string, double>> SearchAsync(PublishedBuild build, string data, string queries, int repeat, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync(build.Harness,
            ["search", "--data", data, "--queries", queries, "--repeat", repeat.ToString(CultureInfo.InvariantCulture)], ct: ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"search of {build.Label} failed (exit {run.ExitCode}).");
        }
        return Figures.Of(Figures.LastLine(run.StandardOutput));
    }
}
