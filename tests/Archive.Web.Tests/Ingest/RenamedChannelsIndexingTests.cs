using System.Diagnostics;
using System.Text.Json;
using Archive.Storage;
using Archive.Storage.Channels;
using Archive.Web.Ingest;
using Archive.Web.Tests.Pages;

namespace Archive.Web.Tests.Ingest;

/// <summary>
/// A channel renamed in the store by another process (the verb beside a running server) while the site runs: the
/// search, its facets and the pages show the new name soon after, without a restart.
/// </summary>
public sealed class RenamedChannelsIndexingTests(ArchiveAppFixture app) : IClassFixture<ArchiveAppFixture>
{
    private const string Singapore = "Russian Embassy in Singapore", Uk = "Russian Embassy in the UK";

    /// <summary>A bound on a failing test only: the site looks every couple of seconds.</summary>
    private static readonly TimeSpan Patience = RenamedChannelsIndexing.Interval * 15;

    private string StorePath => Path.Combine(app.DataDirectory, "archive.db");

    private static string Search(string channel) => $"/api/search?channel={Uri.EscapeDataString(channel)}";

    private static async Task<Dictionary<string, int>> ChannelFacetAsync(HttpClient client)
    {
        var result = await PageResponses.JsonAsync(client, "/api/search");
        return result.GetProperty("facets").GetProperty("channels").EnumerateArray()
            .ToDictionary(c => c.GetProperty("value").GetString()!, c => c.GetProperty("count").GetInt32());
    }

    /// <summary>Renames as the verb does: through the store's own renamer, on a connection of its own.</summary>
    private async Task<ChannelRename> RenameAsync(string from, string to)
    {
        await using var db = new ArchiveDbContext(ArchiveStore.Options(StorePath));
        return (await new ChannelRenamer(db).RenameAsync(from, to))!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"{what} not within {Patience.TotalSeconds} s");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_rename_then_a_merge_reach_the_search_and_its_facets_without_a_restart()
    {
        var client = app.CreateClient();
        var before = await ChannelFacetAsync(client);
        Assert.True(before.ContainsKey(Singapore) && before.ContainsKey(Uk), $"the demo has {string.Join(", ", before.Keys)}");

        const string renamed = "Посольство в Сингапуре";
        await RenameAsync(Singapore, renamed);
        await WaitUntilAsync(async () => (await ChannelFacetAsync(client)).GetValueOrDefault(renamed) == before[Singapore], "the new name");
        var facet = await ChannelFacetAsync(client);
        Assert.False(facet.ContainsKey(Singapore), "the old name is still a facet value");
        Assert.Equal(0, (await PageResponses.JsonAsync(client, Search(Singapore))).GetProperty("total").GetInt32());
        var channels = await PageResponses.PageAsync(client, "/channels");
        Assert.Contains(channels.QuerySelectorAll("table th[scope=row] a"), a => a.TextContent == renamed);

        var merge = await RenameAsync(renamed, Uk);
        Assert.True(merge.Merged);
        await WaitUntilAsync(async () => !(await ChannelFacetAsync(client)).ContainsKey(renamed), "the merge");
        facet = await ChannelFacetAsync(client);
        Assert.Equal(before[Uk] + merge.Moved, facet[Uk]);
        Assert.Equal(before.Values.Sum() - merge.Duplicates, facet.Values.Sum());
        var hits = await PageResponses.JsonAsync(client, Search(Uk));
        Assert.All(hits.GetProperty("hits").EnumerateArray(), hit => Assert.Equal(Uk, hit.GetProperty("channel").GetString()));
    }
}
