using System.Text.Json;
using Archive.Web.Tests.Downloads;

namespace Archive.Web.Tests.Cli;

/// <summary>"search ... --all --format csv|jsonl": every hit to stdout, as the site's downloads write them.</summary>
public sealed class SearchAllTests : IAsyncLifetime
{
    private readonly string _root = ArchiveProcess.TempFolder("archive-search-all-");

    private string Data => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        var ingest = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", Data);
        Assert.True(ingest.ExitCode == 0, $"ingest: exit {ingest.ExitCode}; {ingest.Stderr}");
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private async Task<int> TotalAsync(params string[] search)
    {
        var (code, stdout, stderr) = await ArchiveProcess.RunInAsync(_root, null, ["search", .. search, "--limit", "1", "--data", Data]);
        Assert.True(code == 0, $"search: exit {code}; {stderr}");
        return JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task All_writes_every_hit_as_csv_or_jsonl_with_the_filters_honoured()
    {
        string[] search = ["russia", "--lang", "en", "--sort", "oldest"];
        var total = await TotalAsync(search);
        Assert.True(total > 10, $"the search finds {total}: too few to show that --limit does not apply");

        var csv = await ArchiveProcess.RunInAsync(_root, null, ["search", .. search, "--all", "--format", "csv", "--data", Data]);
        var jsonl = await ArchiveProcess.RunInAsync(_root, null, ["search", .. search, "--all", "--format", "jsonl", "--data", Data]);

        Assert.True(csv.ExitCode == 0, $"csv: exit {csv.ExitCode}; {csv.Stderr}");
        // The process's reader takes the byte order mark as the encoding's and drops it (the downloads' tests read the bytes).
        var rows = CsvRecords.Parse(csv.Stdout.TrimStart('\uFEFF'));
        Assert.Equal("permalink", rows[0][0]);
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows[1..], row => Assert.Equal("en", row[7]));
        // No public URL set: the permalinks are the site's paths.
        Assert.All(rows[1..], row => Assert.Matches("^/posts/[a-z2-7]{12}$", row[0]));

        Assert.True(jsonl.ExitCode == 0, $"jsonl: exit {jsonl.ExitCode}; {jsonl.Stderr}");
        var lines = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(rows[1..].Select(r => r[0]), lines.Select(l => l.GetProperty("permalink").GetString()));
    }

    [Theory]
    [InlineData("--format goes with --all", "--format", "csv")]
    [InlineData("--limit sets the size of one page", "--all", "--limit", "5")]
    [InlineData("--format must be csv or jsonl, not 'xml'", "--all", "--format", "xml")]
    public async Task Options_that_do_not_go_together_exit_2_saying_why(string problem, params string[] options)
    {
        var (code, stdout, stderr) = await ArchiveProcess.RunInAsync(_root, null, ["search", "russia", .. options, "--data", Data]);

        Assert.True(code == 2, $"exit {code}; stderr: {stderr}");
        Assert.Contains(problem, stderr);
        Assert.Equal("", stdout);
    }
}
