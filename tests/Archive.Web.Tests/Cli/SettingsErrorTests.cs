using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Cli;

/// <summary>A setting or a store the archive cannot start with is a one-line error naming it, exit code 2, for the site and the verbs alike.</summary>
public sealed class SettingsErrorTests
{
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

    /// <summary>Every verb that opens the store, and the site, with each kind of store that cannot be read.</summary>
    public static TheoryData<string, string> UnreadableStores()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in new[] { "serve", "export", "ingest", "search", "verify", "reindex" })
        {
            foreach (var kind in new[] { "garbage", "empty", "cut short" })
            {
                data.Add(verb, kind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(UnreadableStores))]
    public async Task A_store_that_cannot_be_read_is_named_in_one_line_with_exit_code_2_and_left_as_it_was(string verb, string kind)
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var store = Path.Combine(data, "archive.db");
        var content = kind switch
        {
            "garbage" => Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray(),
            "empty" => [],
            _ => CutShortDatabase(Path.Combine(data, "whole.db")),
        };
        await File.WriteAllBytesAsync(store, content);

        var (code, stderr) = await RunAsync(verb, data);

        Assert.True(code == 2, $"{kind} store: exit code {code}; stderr: {stderr}");
        // A verb logs to stderr too ("No index at ..." when ingest opens a new one); the error is its one line of its own, and no error is logged.
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith('['));
        Assert.DoesNotContain(" ERR]", stderr);
        Assert.StartsWith("archive: ", line);
        Assert.Contains(store, line);
        Assert.Contains("restore it from a backup, or move it away", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(content, await File.ReadAllBytesAsync(store));
        // Nothing was built beside it by what only reads (the verbs that write the index take its lock first).
        if (verb is not ("ingest" or "reindex"))
        {
            Assert.False(Directory.Exists(Path.Combine(data, "index")), $"{verb} made an index beside a {kind} store");
        }
    }

    /// <summary>The first half of a real SQLite database of a few dozen pages: its header is whole and says how long the file should be.</summary>
    private static byte[] CutShortDatabase(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) INSERT INTO t SELECT randomblob(1000) FROM n;";
            command.ExecuteNonQuery();
        }
        var whole = File.ReadAllBytes(path);
        File.Delete(path);
        return whole[..(whole.Length / 2)];
    }
}
