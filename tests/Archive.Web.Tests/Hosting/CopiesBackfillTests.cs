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
        var dumps = Directory.CreateDirectory(Path.Combine(Root, "dumps")).FullName;
        foreach (var (name, content) in CopiedPosts.Dumps)
        {
            await File.WriteAllTextAsync(Path.Combine(dumps, name), content);
        }
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", dumps, "--data", DataDirectory);
        Assert.True(code == 0, stderr);
        Run("DELETE FROM PostCopies; DELETE FROM CopySignatures;");
        (code, _, stderr) = await ArchiveProcess.RunAsync("reindex", "--data", DataDirectory);
        Assert.True(code == 0, stderr);
        Run("INSERT INTO PendingCopyBackfill (Id, AfterKey) VALUES (1, 0);");
        LoggedBeforeStart = StoreFiles.Log(DataDirectory).Length;
        await base.InitializeAsync();
    }

    /// <summary>How long the log was before the site started (what the verbs above wrote).</summary>
    public int LoggedBeforeStart { get; private set; }

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "archive.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Run(string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "archive.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
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
        Assert.Equal(0, app.Scalar("SELECT count(*) FROM PendingCopyBackfill"));
        Assert.Equal(6, app.Scalar("SELECT count(*) FROM PostCopies"));
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
