using System.Globalization;

namespace Archive.Benchmarks.Harness;

/// <summary>How wrk loads a server: threads, connections, the query file, and the path each query goes to ("/" is the search page, "/api/search" the API).</summary>
public sealed record WrkLoad(int Threads, int Connections, string Queries, string Path);

/// <summary>wrk with web/queries.lua: each request is the next line of the query file; the script prints one JSON line of wrk's figures.</summary>
public static class Wrk
{
    /// <summary>Says why a wrk measure cannot run here, or null.</summary>
    public static string? Missing() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(System.IO.Path.Combine(dir, "wrk")))
            ? null
            : "wrk is needed (apt-get install wrk).";

    /// <summary>Loads <paramref name="server"/> for <paramref name="seconds"/>; the script's JSON line.</summary>
    public static async Task<string> RunAsync(ServedApp server, WrkLoad load, int seconds, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync("wrk",
            [$"-t{load.Threads.ToString(CultureInfo.InvariantCulture)}", $"-c{load.Connections.ToString(CultureInfo.InvariantCulture)}",
             $"-d{seconds.ToString(CultureInfo.InvariantCulture)}s", "-s", HarnessPaths.WrkScript,
             $"http://127.0.0.1:{server.Port.ToString(CultureInfo.InvariantCulture)}", "--", load.Queries, load.Path], ct: ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed on port {server.Port} (exit {run.ExitCode}).");
        }
        return run.StandardOutput.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException("wrk's script printed no JSON line.");
    }
}
