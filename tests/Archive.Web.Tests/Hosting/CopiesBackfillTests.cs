using System.Text.Json;
using Archive.Web.Tests.Cli;
using Archive.Web.Tests.Pages;
using Microsoft.Data.Sqlite;
using static Archive.Web.Tests.Pages.PageResponses;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// An archive from before copy detection: the <see cref="CopiedPosts"/> ingested, then their signatures and pairs
/// removed, the index rebuilt without copies, and the store marked as the upgrade's migration marks it.
/// </summary>
public sealed class UpgradedArchiveApp : ArchiveAppFixture
{
    public override async Task InitializeAsync()
    {
        await UpgradeAsync(Root, DataDirectory);
        var (code, _, stderr) = await ArchiveProcess.RunAsync("reindex", "--data", DataDirectory);
        Assert.True(code == 0, stderr);
        // Marked after the reindex (which would have run the backfill): the index is in step, without copies.
        Sql(DataDirectory, "INSERT INTO PendingCopyBackfill (Id, AfterKey) VALUES (1, 0);");
        LoggedBeforeStart = StoreFiles.Log(DataDirectory).Length;
        await base.InitializeAsync();
    }

    /// <summary>The <see cref="CopiedPosts"/> ingested into <paramref name="data"/>, then their signatures and pairs removed.</summary>
    public static async Task UpgradeAsync(string root, string data)
    {
        var dumps = Directory.CreateDirectory(Path.Combine(root, "dumps")).FullName;
        foreach (var (name, content) in CopiedPosts.Dumps)
        {
            await File.WriteAllTextAsync(Path.Combine(dumps, name), content);
        }
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", dumps, "--data", data);
        Assert.True(code == 0, stderr);
        Sql(data, "DELETE FROM PostCopies; DELETE FROM CopySignatures;");
    }

    /// <summary>How long the log was before the site started (what the verbs above wrote).</summary>
    public int LoggedBeforeStart { get; private set; }

    /// <summary>Runs <paramref name="sql"/> on the store of the data folder <paramref name="data"/>; returns its first value.</summary>
    public static object? Sql(string data, string sql)
    {
        // Unpooled: nothing of the test's stays open on the file the app or a verb opens next.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "archive.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

public sealed class CopiesBackfillTests(UpgradedArchiveApp app) : IClassFixture<UpgradedArchiveApp>
{
    [Fact]
    public async Task The_start_finds_the_older_posts_copies_and_indexes_them_without_a_rebuild()
    {
        var api = await JsonAsync(app.CreateClient(), "/api/search?copies=yes");

        var hits = api.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, api.GetProperty("total").GetInt32());
        Assert.All(hits, h => Assert.True(h.GetProperty("has_copies").GetBoolean() && h.GetProperty("copy_channels").GetInt32() == 2, h.ToString()));
        Assert.Equal(0L, UpgradedArchiveApp.Sql(app.DataDirectory, "SELECT count(*) FROM PendingCopyBackfill"));
        Assert.Equal(6L, UpgradedArchiveApp.Sql(app.DataDirectory, "SELECT count(*) FROM PostCopies"));
        var log = StoreFiles.Log(app.DataDirectory)[app.LoggedBeforeStart..];
        Assert.Contains("Copies backfilled", log);
        Assert.DoesNotContain("rebuilding it from the store", log);
    }

    [Fact]
    public async Task The_post_page_lists_the_copies_found_by_the_backfill()
    {
        var ids = CopiedPosts.Ids(app.Services);

        var page = await PageAsync(app.CreateClient(), $"/posts/{ids[CopiedPosts.LineAdded]}");

        var items = page.QuerySelectorAll("#copies li");
        Assert.Equal([$"/posts/{ids[CopiedPosts.First]}", $"/posts/{ids[CopiedPosts.Forwarded]}"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("first seen", items[0].QuerySelector(".first-seen")!.TextContent);
    }
}

/// <summary>The reindex verb on an upgraded archive: the backfill first, so the rebuilt index carries the copies.</summary>
public sealed class ReindexBackfillTests
{
    [Fact]
    public async Task Reindex_finds_the_older_posts_copies_before_it_rebuilds()
    {
        var root = ArchiveProcess.TempFolder("archive-backfill-");
        try
        {
            var data = Path.Combine(root, "data");
            await UpgradedArchiveApp.UpgradeAsync(root, data);
            UpgradedArchiveApp.Sql(data, "INSERT INTO PendingCopyBackfill (Id, AfterKey) VALUES (1, 0);");

            var (code, _, stderr) = await ArchiveProcess.RunAsync("reindex", "--data", data);
            Assert.True(code == 0, stderr);

            Assert.Equal(6L, UpgradedArchiveApp.Sql(data, "SELECT count(*) FROM PostCopies"));
            Assert.Equal(0L, UpgradedArchiveApp.Sql(data, "SELECT count(*) FROM PendingCopyBackfill"));
            var (searched, stdout, searchErr) = await ArchiveProcess.RunAsync("search", "axolotls", "--copies", "yes", "--data", data);
            Assert.True(searched == 0, searchErr);
            Assert.Equal(3, JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
