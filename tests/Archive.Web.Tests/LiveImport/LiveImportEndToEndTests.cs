using System.Net.Http.Json;
using System.Text.Json;
using Archive.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests.LiveImport;

/// <summary>
/// The live import on the real app: real folders, the real store and index, observed through the API and /about.
/// The tests move the app's clock and wait for the scans it brings (<see cref="LiveImportApp.ScansUntilAsync"/>), so
/// what they see is what those scans did, on a fast machine or a slow one.
/// </summary>
public sealed class LiveImportEndToEndTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-live-import-").FullName;
    private string DataDirectory => Path.Combine(_root, "data");
    private string ImportDirectory => Path.Combine(_root, "import");

    public LiveImportEndToEndTests() => Directory.CreateDirectory(ImportDirectory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held by a background flush; the OS cleans the temp folder.
        }
    }

    /// <summary>A dated article (the dated-article format: a date line, then the text) with one word no other post has.</summary>
    // Too short for a copy signature (under 15 shingles): articles that differ in one word are not each other's copies,
    // so an import does not re-index the ones before it.
    private static string Article(string word) =>
        $"12/03/24\n\nThe {word} parade crossed the square at noon.\n";

    private string Drop(string name, string content)
    {
        var path = Path.Combine(ImportDirectory, name);
        // Written under a hidden name and renamed, as the docs advise, so the scanner never sees half a file.
        var hidden = Path.Combine(ImportDirectory, "." + name);
        File.WriteAllText(hidden, content);
        File.Move(hidden, path);
        return path;
    }

    private static async Task<int> SearchTotalAsync(HttpClient client, string query)
    {
        using var json = await client.GetFromJsonAsync<JsonDocument>($"/api/search?q={Uri.EscapeDataString(query)}");
        return json!.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>The store's record of a file: when it was last tried and why it was rejected.</summary>
    private (string IngestedAt, string? Error)? SourceFileRow(string path)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT IngestedAt, Error FROM SourceFiles WHERE Path = $path";
        command.Parameters.AddWithValue("$path", Path.GetFullPath(path));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    [Fact]
    public async Task A_dump_dropped_while_the_site_runs_becomes_searchable_through_the_api()
    {
        await using var app = new LiveImportApp(DataDirectory, ImportDirectory);
        using var client = app.CreateClient();
        Assert.Equal(0, await SearchTotalAsync(client, "quokkazebra"));

        Drop("parade.txt", Article("quokkazebra"));

        Assert.True(await app.ScansUntilAsync(async () => await SearchTotalAsync(client, "quokkazebra") == 1),
            "the dropped article was not found by /api/search after five scans");
    }

    [Fact]
    public async Task A_file_that_is_not_a_dump_is_skipped_neither_read_nor_recorded()
    {
        await using var app = new LiveImportApp(DataDirectory, ImportDirectory);
        using var client = app.CreateClient();
        var notes = Drop("notes.md", "# Notes\n\nAsk about the okapiword dumps.\n");
        Drop("parade.txt", Article("quokkazebra"));

        Assert.True(await app.ScansUntilAsync(async () => await SearchTotalAsync(client, "quokkazebra") == 1), "the dropped article was not imported");
        await app.WholeScanAsync();

        Assert.Equal(0, await SearchTotalAsync(client, "okapiword"));
        Assert.Null(SourceFileRow(notes));
    }

    [Fact]
    public async Task A_bad_file_is_shown_on_the_about_page_and_not_retried_even_after_a_restart_until_it_changes()
    {
        var bad = Drop("empty.txt", "");
        string firstTry;
        await using (var app = new LiveImportApp(DataDirectory, ImportDirectory))
        {
            using var client = app.CreateClient();
            Assert.True(await app.ScansUntilAsync(() => Task.FromResult(SourceFileRow(bad)?.Error is not null)),
                "the empty file was not recorded as rejected after five scans");
            firstTry = SourceFileRow(bad)!.Value.IngestedAt;

            var about = await client.GetStringAsync("/about");
            Assert.Contains("empty.txt", about);
            Assert.Contains("empty", SourceFileRow(bad)!.Value.Error);

            // A good file dropped after it is imported, then a whole scan more: each of those scans passed over the bad file, and none tried it again.
            Drop("first-run.txt", Article("firstrunword"));
            Assert.True(await app.ScansUntilAsync(async () => await SearchTotalAsync(client, "firstrunword") == 1), "the good file of the first run was not imported");
            await app.WholeScanAsync();
            Assert.Equal(firstTry, SourceFileRow(bad)!.Value.IngestedAt);
        }
        SqliteConnection.ClearAllPools();

        await using (var restarted = new LiveImportApp(DataDirectory, ImportDirectory))
        {
            using var client = restarted.CreateClient();
            Drop("second-run.txt", Article("secondrunword"));
            // The restarted app's scans see the bad file anew: it settles no later than the good file dropped after the
            // start, so once that is in, and a whole scan more is done, the bad file has been handed in too.
            Assert.True(await restarted.ScansUntilAsync(async () => await SearchTotalAsync(client, "secondrunword") == 1), "the good file of the second run was not imported");
            await restarted.WholeScanAsync();

            Assert.True(firstTry == SourceFileRow(bad)!.Value.IngestedAt, "the unchanged bad file was tried again after the restart");
            Assert.Equal(1, await SearchTotalAsync(client, "firstrunword"));

            // Changed into a real dump, it goes in.
            File.WriteAllText(bad, Article("fixedword"));
            Assert.True(await restarted.ScansUntilAsync(async () => await SearchTotalAsync(client, "fixedword") == 1), "the bad file, once fixed, was not imported");
            Assert.Null(SourceFileRow(bad)!.Value.Error);
        }
    }

    [Fact]
    public async Task Segments_that_imports_left_are_merged_into_one_when_the_site_starts_again()
    {
        var index = Path.Combine(DataDirectory, "index");
        int SegmentCount() => Directory.GetFiles(index, "*.si").Length;
        string[] words = ["firstsegmentword", "secondsegmentword", "thirdsegmentword"];
        await using (var app = new LiveImportApp(DataDirectory, ImportDirectory))
        {
            using var client = app.CreateClient();
            // The first file is a first import (a rebuild); each later one is added to the index as a segment of its own.
            foreach (var word in words)
            {
                Drop(word + ".txt", Article(word));
                Assert.True(await app.ScansUntilAsync(async () => await SearchTotalAsync(client, word) == 1), $"{word} was not imported");
            }
        }
        SqliteConnection.ClearAllPools();
        var before = SegmentCount();
        Assert.True(before > 1, $"the imports left {before} segment(s); the test needs several");

        await using (var restarted = new LiveImportApp(DataDirectory, ImportDirectory))
        {
            using var client = restarted.CreateClient();
            // The merge runs in the background once the site is up; its service's task ends when it is done.
            var merging = restarted.Services.GetServices<IHostedService>().OfType<SegmentMerging>().Single();
            await merging.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(SegmentCount() == 1, $"the index still had {SegmentCount()} segments after the merge (from {before})");
            foreach (var word in words)
            {
                Assert.Equal(1, await SearchTotalAsync(client, word));
            }
        }
    }
}
