using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Archive.Benchmarks.Harness;

/// <summary>
/// A published Archive.Web.dll serving a data folder as the web benchmarks measure it: production, no demo data, the
/// API's rate limit lifted (it is for the API's users, not for a load test), logging as the app ships it (a line per
/// request, read and dropped here: silencing it made no difference beyond the host's drift, commit 812e509).
/// Disposing stops it with SIGTERM, as a service manager does, so it releases its index.
/// </summary>
public sealed class ServedApp : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process process;

    private ServedApp(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server's process id, for its CPU time and memory in /proc.</summary>
    public int Pid => process.Id;

    public Uri Url(string pathAndQuery) => new($"http://127.0.0.1:{Port}{pathAndQuery}");

    public static ServedApp Start(string app, int port, string data)
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
        return new ServedApp(process, port);
    }

    /// <summary>Waits, two minutes at most, until the server answers /readyz; <paramref name="label"/> names it in the error.</summary>
    public async Task WaitReadyAsync(string label, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server of {label} exited (code {process.ExitCode}) before it was ready.");
            }
            try
            {
                using var response = await http.GetAsync(Url("/readyz"), ct);
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

    /// <summary>SIGTERM, then killed after ten seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            _ = kill(process.Id, SigTerm);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
        process.Dispose();
    }

    [DllImport("libc")]
    private static extern int kill(int pid, int signal);
}
