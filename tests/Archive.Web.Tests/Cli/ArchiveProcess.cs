using System.Diagnostics;
using System.Text;

namespace Archive.Web.Tests.Cli;

/// <summary>Runs the built Archive.Web.dll as a real process, the way a user does.</summary>
public static class ArchiveProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Archive.Web.dll");

    /// <summary>The sample dumps, from the repository's data/demo folder.</summary>
    public static string Seeds
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "data", "demo");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
            throw new DirectoryNotFoundException("data/demo not found above " + AppContext.BaseDirectory);
        }
    }

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }

    /// <summary>Runs to the end (at most two minutes) and returns the exit code and both outputs.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(StartInfo(args));

    /// <summary>As <see cref="RunAsync(string[])"/>, run from <paramref name="workingDirectory"/> with <paramref name="environment"/> added, as a user in another folder would.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunInAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = StartInfo(args);
        info.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        return RunAsync(info);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static string TempFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;
}
