using System.Diagnostics;

namespace Archive.Web.Tests.Cli;

public sealed class CrashSafetyTests
{
    [Fact]
    [Trait("Needs", "parsers")]
    public async Task An_ingest_killed_midway_then_rerun_ends_with_the_store_of_an_uninterrupted_run()
    {
        var dumps = ManyDumps(300);
        var crashed = ArchiveProcess.TempFolder("archive-crash-");
        var clean = ArchiveProcess.TempFolder("archive-clean-");
        try
        {
            await KillRerunAndCompare(dumps, crashed, clean);
        }
        finally
        {
            foreach (var folder in new[] { dumps, crashed, clean })
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static async Task KillRerunAndCompare(string dumps, string crashed, string clean)
    {
        var committedBeforeKill = await IngestAndKillAfter(dumps, crashed, committedFiles: 5);
        var rerun = await ArchiveProcess.RunAsync("ingest", dumps, "--data", crashed);
        var uninterrupted = await ArchiveProcess.RunAsync("ingest", dumps, "--data", clean);

        Assert.True(committedBeforeKill >= 5, $"only {committedBeforeKill} files were committed before the kill");
        Assert.True(rerun.ExitCode == 0, $"rerun exit code {rerun.ExitCode}; stderr: {rerun.Stderr}");
        Assert.True(uninterrupted.ExitCode == 0, $"clean run exit code {uninterrupted.ExitCode}; stderr: {uninterrupted.Stderr}");
        var afterCrash = await ArchiveProcess.RunAsync("export", "--format", "jsonl", "--data", crashed);
        var expected = await ArchiveProcess.RunAsync("export", "--format", "jsonl", "--data", clean);
        Assert.NotEqual("", expected.Stdout);
        Assert.True(expected.Stdout == afterCrash.Stdout,
            $"exports differ: {expected.Stdout.Split('\n').Length} lines uninterrupted, {afterCrash.Stdout.Split('\n').Length} after the crash");
    }

    /// <summary>Starts an ingest, waits until <paramref name="committedFiles"/> files are logged as ingested, then kills it (SIGKILL).</summary>
    private static async Task<int> IngestAndKillAfter(string dumps, string data, int committedFiles)
    {
        using var process = Process.Start(ArchiveProcess.StartInfo("ingest", dumps, "--data", data))!;
        _ = process.StandardOutput.ReadToEndAsync();
        var committed = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Ingested", StringComparison.Ordinal) && ++committed >= committedFiles)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }
        await process.WaitForExitAsync(timeout.Token);
        Assert.False(process.ExitCode == 0 && committed < committedFiles, "the ingest finished before it could be killed");
        return committed;
    }

    /// <summary>300 dumps made of the sample channel dumps under different names (so different channels), in nested folders.</summary>
    private static string ManyDumps(int count)
    {
        var root = ArchiveProcess.TempFolder("archive-dumps-");
        var seeds = Directory.GetFiles(ArchiveProcess.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, $"batch{i / 50:D2}")).FullName;
            File.Copy(seeds[i % seeds.Length], Path.Combine(folder, $"dump{i:D3}.txt"));
        }
        return root;
    }
}
