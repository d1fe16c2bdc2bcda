using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage.Channels;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Indexing;

/// <summary>The index following channels renamed or merged in the store: by the names, without being told which posts.</summary>
public sealed class RenamedChannelsTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    private Dictionary<string, int> ChannelFacet() =>
        _archive.Searcher.Search(new SearchRequest { Query = "" }).Facets.Channels.ToDictionary(c => c.Value, c => c.Count);

    [Fact]
    public async Task Nothing_renamed_re_indexes_nothing()
    {
        await using var db = _archive.OpenStore();
        Assert.Equal(0, await _archive.Indexer.IndexRenamedChannelsAsync(db));
    }

    [Fact]
    public async Task A_renamed_channel_s_posts_and_a_merged_one_s_move_to_the_new_name_in_the_facets_and_filters()
    {
        var before = ChannelFacet();
        var (renamed, merged, into) = (before.Keys.ElementAt(0), before.Keys.ElementAt(1), before.Keys.ElementAt(2));

        await using var db = _archive.OpenStore();
        await new ChannelRenamer(db).RenameAsync(renamed, "Renamed");
        var merge = (await new ChannelRenamer(db).RenameAsync(merged, into))!;
        var reindexed = await _archive.Indexer.IndexRenamedChannelsAsync(db);

        Assert.Equal(before[renamed] + before[merged], reindexed);
        var after = ChannelFacet();
        Assert.False(after.ContainsKey(renamed) || after.ContainsKey(merged), string.Join(", ", after.Keys));
        Assert.Equal(before[renamed], after["Renamed"]);
        Assert.Equal(before[into] + merge.Moved, after[into]);
        Assert.Equal(await db.Posts.CountAsync(), after.Values.Sum());
        Assert.Equal(before[renamed], _archive.Searcher.Search(new SearchRequest { Query = "", Channels = ["Renamed"] }).Total);
        Assert.Equal(0, await _archive.Indexer.IndexRenamedChannelsAsync(db));
    }
}
