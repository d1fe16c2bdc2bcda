using Archive.Storage;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Cli;

public sealed class IngestExitCodeTests
{
    [Fact]
    public async Task Ingest_without_paths_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", "--data", ArchiveProcess.TempFolder("archive-cli-"));

        Assert.True(code == 2, $"exit code {code}; stderr: {stderr}");
        Assert.Contains("at least one file or folder", stderr);
    }

    [Fact]
    public async Task Ingest_with_an_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", "--no-such-option", ArchiveProcess.Seeds, "--data", ArchiveProcess.TempFolder("archive-cli-"));

        Assert.True(code == 2, $"exit code {code}; stderr: {stderr}");
        Assert.Contains("--no-such-option", stderr);
    }

    [Fact]
    public async Task Export_with_an_unknown_format_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, stderr) = await ArchiveProcess.RunAsync("export", "--format", "xml", "--data", ArchiveProcess.TempFolder("archive-cli-"));

        Assert.True(code == 2, $"exit code {code}; stderr: {stderr}");
    }

    [Fact]
    public async Task A_missing_path_is_rejected_by_name_with_exit_code_1()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var missing = Path.Combine(data, "no-such-dump.txt");

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("ingest", missing, "--data", data);

        Assert.True(code == 1, $"exit code {code}; stderr: {stderr}");
        Assert.Contains("no-such-dump.txt", stderr);
        Assert.Contains("files rejected", stdout);
    }

    [Fact]
    public async Task Export_of_an_empty_store_writes_nothing_and_exits_0()
    {
        // A store with no posts, not a folder with no store: that one is "no archive at DIR", exit 2 (MissingArchiveTests).
        var data = ArchiveProcess.TempFolder("archive-cli-");
        await using (var db = new ArchiveDbContext(ArchiveStore.Options(Path.Combine(data, "archive.db"))))
        {
            await ArchiveStore.MigrateAsync(db);
        }
        SqliteConnection.ClearAllPools();

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("export", "--format", "jsonl", "--data", data);

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        Assert.Equal("", stdout);
    }

    [Fact]
    [Trait("Needs", "parsers")]
    public async Task The_sample_dumps_all_go_in_with_exit_code_0_and_a_second_run_adds_nothing()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");

        var first = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", data);
        var exportFirst = await ArchiveProcess.RunAsync("export", "--data", data);
        var second = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", data);
        var exportSecond = await ArchiveProcess.RunAsync("export", "--data", data);

        Assert.True(first.ExitCode == 0, $"exit code {first.ExitCode}; stderr: {first.Stderr}");
        Assert.True(second.ExitCode == 0, $"exit code {second.ExitCode}; stderr: {second.Stderr}");
        Assert.NotEqual("", exportFirst.Stdout);
        Assert.Equal(exportFirst.Stdout, exportSecond.Stdout);
        // The 5 sample files: four channel dumps and one dated article (a single post).
        Assert.Equal(5, exportFirst.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source_file").GetString()).Distinct().Count());
    }

    [Fact]
    [Trait("Needs", "parsers")]
    public async Task Bad_files_are_rejected_one_line_each_while_the_good_ones_go_in_with_exit_code_1()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var dumps = ArchiveProcess.TempFolder("archive-bad-");
        File.Copy(Path.Combine(ArchiveProcess.Seeds, "000_abad6c2d1bf5c3df.txt"), Path.Combine(dumps, "good.txt"));
        File.WriteAllBytes(Path.Combine(dumps, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(dumps, "binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        File.WriteAllText(Path.Combine(dumps, "long-line.txt"), new string('a', 5 * 1024 * 1024));
        File.WriteAllText(Path.Combine(dumps, "noise.txt"), "VIEW IN TELEGRAM\nPlease open Telegram to view this post\nVIEW IN TELEGRAM\n");
        var cut = System.Text.Encoding.UTF8.GetBytes("Привет, это пост\nВторая строка Ж");
        File.WriteAllBytes(Path.Combine(dumps, "truncated.txt"), cut[..^1]);

        // Named one by one: a file named on the command line is always tried (in a folder, a file that is no dump is skipped).
        var (code, stdout, stderr) = await ArchiveProcess.RunAsync([
            "ingest", .. Directory.GetFiles(dumps).Order(StringComparer.Ordinal), "--data", data]);

        Assert.True(code == 1, $"exit code {code}; stderr: {stderr}");
        foreach (var bad in new[] { "empty.txt", "binary.txt", "long-line.txt", "noise.txt", "truncated.txt" })
        {
            Assert.True(stderr.Split('\n').Count(l => l.Contains(bad, StringComparison.Ordinal) && l.Contains("Rejected", StringComparison.Ordinal)) == 1,
                $"expected one rejection line for {bad}; stderr: {stderr}");
        }
        var export = await ArchiveProcess.RunAsync("export", "--data", data);
        Assert.Contains("\"source_file\":\"good.txt\"", export.Stdout);
    }

    [Fact]
    [Trait("Needs", "parsers")]
    public async Task Exports_with_odd_fields_and_a_link_loop_do_not_stop_the_run_and_only_the_unreadable_one_is_rejected()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var dumps = ArchiveProcess.TempFolder("archive-odd-");
        File.Copy(Path.Combine(ArchiveProcess.Seeds, "000_abad6c2d1bf5c3df.txt"), Path.Combine(dumps, "good.txt"));
        // Once each of these ended the run (exit 134) or took minutes; now the first two go in, the third is rejected by name.
        File.WriteAllText(Path.Combine(dumps, "far-future.json"), """
            {"name": "Far Future", "type": "public_channel", "id": 7, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "99999999999999", "text": "undated"},
             {"id": 2, "type": "message", "date_unixtime": "-99999999999999", "text": "undated too"}]}
            """);
        File.WriteAllText(Path.Combine(dumps, "surrogate.json"), """
            {"name": "Cut Emoji", "type": "public_channel", "id": 8, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "1739181600", "text": "a \ud83d b"}]}
            """);
        File.WriteAllText(Path.Combine(dumps, "not-a-list.json"), """{"name": "Odd", "type": "public_channel", "id": 9, "messages": {"1": {}}}""");
        Directory.CreateDirectory(Path.Combine(dumps, "loop", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(dumps, "loop", "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dumps, "loop", "self"), "../loop");

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("ingest", dumps, "--data", data);

        Assert.True(code == 1, $"exit code {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Contains("not-a-list.json: not a Telegram export: \"messages\" of Odd is an object", stderr);
        var export = (await ArchiveProcess.RunAsync("export", "--data", data)).Stdout;
        Assert.Contains("\"source_file\":\"good.txt\"", export);
        Assert.Contains("undated too", export);
        Assert.True(export.Contains("a \uFFFD b", StringComparison.Ordinal) || export.Contains("a \\uFFFD b", StringComparison.OrdinalIgnoreCase),
            $"the post with a lone surrogate is missing: {export}");
    }
}
