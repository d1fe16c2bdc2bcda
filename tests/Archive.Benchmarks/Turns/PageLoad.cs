using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
    private const int SigTerm = 15;

    /// <summary>Says why the page measure cannot run here, or null.</summary>
    public static string? Missing() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")))
            ? null
            : "the page measure needs wrk (apt-get install wrk).";

    public static async Task<IReadOnlyList<Dictionary<string, double>>> RunAsync(
        IReadOnlyList<(PublishedBuild Build, string Data)> builds, PageOptions options, CancellationToken ct)
    {
        var servers = new List<Process>();
        try
        {
            for (var i = 0; i < builds.Count; i++)
            {
                servers.Add(Serve(builds[i].Build.App, FirstPort + i, builds[i].Data));
            }
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
            {
                for (var i = 0; i < servers.Count; i++)
                {
                    await ReadyAsync(http, servers[i], FirstPort + i, builds[i].Build.Label, ct);
                }
            }

            // Warm-up: the JIT's tiers (on two cores it was still recompiling hot methods well past 5 s), the caches, and
            // the server's merge of the index's segments once it is up.
            await Task.WhenAll(servers.Select((_, i) => LoadAsync(FirstPort + i, options, options.WarmupSeconds, ct)));
            var before = servers.Select(s => ProcessStats.CpuSeconds(s.Id)).ToList();
            var loads = await Task.WhenAll(servers.Select((_, i) => LoadAsync(FirstPort + i, options, options.Seconds, ct)));
            var figures = new List<Dictionary<string, double>>();
            for (var i = 0; i < servers.Count; i++)
            {
                var cpu = ProcessStats.CpuSeconds(servers[i].Id) - before[i];
                var load = Figures.Of(loads[i]);
                var requests = load.GetValueOrDefault("requests");
                if (requests == 0)
                {
                    throw new InvalidOperationException($"The server of {builds[i].Build.Label} answered no request.");
                }
                load["server_cpu_s"] = Math.Round(cpu, 2);
                load["cpu_ms_per_request"] = Math.Round(1000 * cpu / requests, 3);
                load["server_cores_busy"] = Math.Round(cpu / options.Seconds, 2);
                load["peak_rss_mb"] = ProcessStats.PeakRssMb(servers[i].Id);
                figures.Add(load);
            }
            return figures;
        }
        finally
        {
            foreach (var server in servers)
            {
                await StopAsync(server);
                server.Dispose();
            }
        }
    }

    /// <summary>
    /// The published app serving <paramref name="data"/>, as web/serve.sh starts it for the scripts: production, no demo
    /// data, the API's rate limit lifted (it is for the API's users, not for a load test), logging as the app ships it.
    /// </summary>
    private static Process Serve(string app, int port, string data)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { app, "--urls", $"http://127.0.0.1:{port}", $"--Archive:DataDirectory={data}",
                     "--Archive:DemoData=false", "--Archive:ApiRequestsPerMinute=1000000" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {app}.");
        // Read and dropped: a request log line per request would otherwise fill the pipe and stall the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits, two minutes at most, until the server answers /readyz.</summary>
    private static async Task ReadyAsync(HttpClient http, Process server, int port, string label, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server of {label} exited (code {server.ExitCode}) before it was ready.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Busy starting.
            }
            await Task.Delay(500, ct);
        }
        throw new InvalidOperationException($"The server of {label} did not answer /readyz within two minutes.");
    }

    /// <summary>wrk on the search page for <paramref name="seconds"/>, one thread, each request the next line of the query file (web/queries.lua); its JSON line.</summary>
    private static async Task<string> LoadAsync(int port, PageOptions options, int seconds, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync("wrk",
            ["-t1", $"-c{options.Connections.ToString(CultureInfo.InvariantCulture)}", $"-d{seconds.ToString(CultureInfo.InvariantCulture)}s",
             "-s", HarnessPaths.WrkScript, $"http://127.0.0.1:{port}", "--", options.Queries, "/"], ct: ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed on port {port} (exit {run.ExitCode}).");
        }
        return Figures.LastLine(run.StandardOutput);
    }

    /// <summary>SIGTERM, as a service manager stops the app, so it releases its index; killed after ten seconds.</summary>
    private static async Task StopAsync(Process server)
    {
        if (server.HasExited)
        {
            return;
        }
        _ = kill(server.Id, SigTerm);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await server.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }

    [DllImport("libc")]
    private static extern int kill(int pid, int signal);
}
