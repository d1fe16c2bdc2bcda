using System.Diagnostics;

namespace Archive.Web.Tests.Cli;

/// <summary>A setting or a store the archive cannot start with is a one-line error naming it, exit code 2, for the site and the verbs alike.</summary>
public sealed class SettingsErrorTests
{
    /// <summary>The site, and a verb of each kind: one that reads the store only, one that writes the index, one that searches.</summary>
    public static readonly TheoryData<string> Verbs = new() { "serve", "export", "ingest", "search" };

    public static TheoryData<string, string, string, string> BadSettings()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var verb in new[] { "serve", "export", "ingest", "search" })
        {
            data.Add(verb, "Archive__ApiRequestsPerMinute", "0", "ApiRequestsPerMinute must be between");
            data.Add(verb, "Archive__ApiRequestsPerMinute", "abc", "ApiRequestsPerMinute must be a whole number, not \"abc\"");
            data.Add(verb, "Archive__DateOrder", "Bogus", "DateOrder must be DayMonthYear or MonthDayYear, not \"Bogus\"");
            data.Add(verb, "Archive__ImportScanSeconds", "0", "ImportScanSeconds must be between 1 and 86400");
        }
        return data;
    }

    private static string[] Arguments(string verb, string data) => verb switch
    {
        "ingest" => ["ingest", ArchiveProcess.Seeds, "--data", data],
        "search" => ["search", "parade", "--data", data],
        _ => [verb, "--data", data],
    };

    private static async Task<(int ExitCode, string Stderr)> RunAsync(string verb, string data, params (string Name, string Value)[] environment)
    {
        var info = ArchiveProcess.StartInfo(Arguments(verb, data));
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        // The site must not start listening when it does start: a free port of its own, never the machine's 5000.
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await stderr);
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_from_the_environment_is_named_in_one_line_with_exit_code_2(string verb, string setting, string value, string message)
    {
        var (code, stderr) = await RunAsync(verb, ArchiveProcess.TempFolder("archive-cli-"), (setting, value));

        Assert.True(code == 2, $"exit code {code}; stderr: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_store_that_is_not_a_database_is_named_in_one_line_with_exit_code_2_and_left_as_it_was(string verb)
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var store = Path.Combine(data, "archive.db");
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        await File.WriteAllBytesAsync(store, garbage);

        var (code, stderr) = await RunAsync(verb, data);

        Assert.True(code == 2, $"exit code {code}; stderr: {stderr}");
        // A verb logs to stderr too ("No index at ..." when ingest opens a new one); the error is its one line of its own, and no error is logged.
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith('['));
        Assert.DoesNotContain(" ERR]", stderr);
        Assert.StartsWith("archive: ", line);
        Assert.Contains(store, line);
        Assert.Contains("restore it from a backup, or move it away", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(store));
    }
}
