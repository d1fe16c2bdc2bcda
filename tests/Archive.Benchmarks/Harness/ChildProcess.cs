using System.Diagnostics;
using System.Globalization;

namespace Archive.Benchmarks.Harness;

/// <summary>How a child process ran: exit code, wall time, peak resident memory, what it printed on stdout.</summary>
public sealed record ChildRun(int ExitCode, TimeSpan Wall, double PeakRssMb, string StandardOutput);

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

        var peakKb = 0L;
        var statusPath = $"/proc/{process.Id}/status";
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadPeakKb(statusPath));
            await Task.Delay(20, ct);
        }
        await process.WaitForExitAsync(ct);
        clock.Stop();
        var output = await stdout;
        return new ChildRun(process.ExitCode, clock.Elapsed, Math.Round(peakKb / 1024.0, 1), output);
    }

    private static async Task<string> CopyToFileAsync(StreamReader reader, string path, CancellationToken ct)
    {
        await using var file = File.Create(path);
        await reader.BaseStream.CopyToAsync(file, ct);
        return "";
    }

    /// <summary>VmHWM (the peak resident set so far) in kB, or 0 once the process is gone.</summary>
    private static long ReadPeakKb(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
