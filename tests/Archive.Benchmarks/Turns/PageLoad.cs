using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Turns;

/// <summary>How the search page is loaded: wrk connections per server, seconds of warm-up, seconds measured, the query file.</summary>
internal sealed record PageOptions(int Connections, int WarmupSeconds, int Seconds, string Queries);

/// <summary>
/// The search page of every build served at the same moment, each from its own data folder and under its own wrk load,
/// and what each server's CPU did per request. Served together, the builds see the same host: its drift moves a single
/// server's figures by a fifth to a third from hour to hour, and moves them all alike here.
/// </summary>
internal static class PageLoad
{
    private const int FirstPort = 5201;

    public static async Task<IReadOnlyList<Dictionary<string, double>>> RunAsync(
        IReadOnlyList<(PublishedBuild Build, string Data)> builds, PageOptions options, CancellationToken ct)
    {
        var servers = new List<ServedApp>();
        try
        {
            for (var i = 0; i < builds.Count; i++)
            {
                servers.Add(ServedApp.Start(builds[i].Build.App, FirstPort + i, builds[i].Data));
            }
            for (var i = 0; i < servers.Count; i++)
            {
                await servers[i].WaitReadyAsync(builds[i].Build.Label, ct);
            }

            // One wrk thread per server: the servers share the two cores with every wrk at once.
            var load = new WrkLoad(1, options.Connections, options.Queries, "/");
            // Warm-up: the JIT's tiers (on two cores it was still recompiling hot methods well past 5 s), the caches, and
            // the server's merge of the index's segments once it is up.
            await Task.WhenAll(servers.Select(s => Wrk.RunAsync(s, load, options.WarmupSeconds, ct)));
            var before = servers.Select(s => ProcessStats.CpuSeconds(s.Pid)).ToList();
            var loads = await Task.WhenAll(servers.Select(s => Wrk.RunAsync(s, load, options.Seconds, ct)));
            var figures = new List<Dictionary<string, double>>();
            for (var i = 0; i < servers.Count; i++)
            {
                var cpu = ProcessStats.CpuSeconds(servers[i].Pid) - before[i];
                var measured = Figures.Of(loads[i]);
                var requests = measured.GetValueOrDefault("requests");
                if (requests == 0)
                {
                    throw new InvalidOperationException($"The server of {builds[i].Build.Label} answered no request.");
                }
                measured["server_cpu_s"] = Math.Round(cpu, 2);
                measured["cpu_ms_per_request"] = Math.Round(1000 * cpu / requests, 3);
                measured["server_cores_busy"] = Math.Round(cpu / options.Seconds, 2);
                measured["peak_rss_mb"] = ProcessStats.PeakRssMb(servers[i].Pid);
                figures.Add(measured);
            }
            return figures;
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
