using System.Diagnostics;

namespace Archive.Benchmarks.Harness;

/// <summary>How a child process ran: exit code, wall time, peak resident memory, user + system CPU seconds, what it printed on stdout.</summary>
public sealed record ChildRun(int ExitCode, TimeSpan Wall, double PeakRssMb, double CpuS, string StandardOutput);

/// <summary>Runs a child process, forwarding its stderr, and samples its peak resident set (VmHWM in /proc/PID/status) while it runs.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="app"/> (a .dll goes through <c>dotnet</c>) with <paramref name="args"/>; stdout goes to <paramref name="stdoutFile"/> when given, else is kept in memory.</summary>
    public static async Task<ChildRun> RunAsync(string app, IEnumerable<string> args, string? stdoutFile = null, CancellationToken ct = default)
    {
        var start = new ProcessStartInfo
        {
            FileName = app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (start.FileName == "dotnet")
        {
            start.ArgumentList.Add(app);
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        // No progress bar or colours in a measured run.
        start.Environment["NO_COLOR"] = "1";

        var cpuBefore = ProcessStats.WaitedChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {app}.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginErrorReadLine();

        Task<string> stdout;
        if (stdoutFile is null)
        {
            stdout = process.StandardOutput.ReadToEndAsync(ct);
        }
        else
        {
            stdout = CopyToFileAsync(process.StandardOutput, stdoutFile, ct);
        }

        var peakMb = 0.0;
        while (!process.HasExited)
        {
            peakMb = Math.Max(peakMb, ProcessStats.PeakRssMb(process.Id));
            await Task.Delay(20, ct);
        }
        await process.WaitForExitAsync(ct);
        clock.Stop();
        var cpu = ProcessStats.WaitedChildrenCpuSeconds() - cpuBefore;
        var output = await stdout;
        return new ChildRun(process.ExitCode, clock.Elapsed, peakMb, Math.Round(cpu, 3), output);
    }

    private static async Task<string> CopyToFileAsync(StreamReader reader, string path, CancellationToken ct)
    {
        await using var file = File.Create(path);
        await reader.BaseStream.CopyToAsync(file, ct);
        return "";
    }
}
