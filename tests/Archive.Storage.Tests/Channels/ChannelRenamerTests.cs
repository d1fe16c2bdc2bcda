using Archive.Storage.Channels;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Channels;

/// <summary>Renaming a channel in a real store, and merging it into one that has the name already.</summary>
public sealed class ChannelRenamerTests
{
    private static async Task<List<(string Id, string Channel, string Text)>> PostsAsync(TempStore store)
    {
        await using var db = store.NewContext();
        return (await db.Posts.AsNoTracking().OrderBy(p => p.Key).Select(p => new { p.Id, Channel = p.Channel.Name, p.Text }).ToListAsync())
            .Select(p => (p.Id, p.Channel, p.Text)).ToList();
    }

    [Fact]
    public async Task A_rename_keeps_every_post_and_its_id_under_the_new_name()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "one", "two"), "abad6c2d1bf5c3df");
        var before = await PostsAsync(store);

        await using var db = store.NewContext();
        var rename = await new ChannelRenamer(db).RenameAsync("abad6c2d1bf5c3df", "  Russian MFA ");

        Assert.Equal(new ChannelRename("abad6c2d1bf5c3df", "Russian MFA", Merged: false, Moved: 2, Duplicates: 0), rename);
        var after = await PostsAsync(store);
        Assert.Equal(before.Select(p => (p.Id, "Russian MFA", p.Text)), after);
        Assert.Equal(["Russian MFA"], await db.Channels.Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task A_merge_moves_the_posts_and_keeps_a_post_both_channels_hold_once_with_the_new_channel_s_id()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("new.txt", "@tags shared\nshared post", "only new"), "New");
        await ingester.IngestFileAsync(store.WriteFixture("old.txt", "@tags shared\nshared post", "only old", "@msg 7\nexported"), "Old");
        await ingester.IngestFileAsync(store.WriteFixture("new-export.txt", "@msg 7\nexported, edited"), "New");
        var before = await PostsAsync(store);
        await using (var link = store.NewContext())
        {
            await ChannelLink.SetAsync(link, "Old", "old_channel");
        }

        await using var db = store.NewContext();
        var rename = await new ChannelRenamer(db).RenameAsync("Old", "New");

        // "shared post" by its content and message 7 by its id are in both: each kept once, as New had it.
        Assert.Equal(new ChannelRename("Old", "New", Merged: true, Moved: 1, Duplicates: 2), rename);
        var after = await PostsAsync(store);
        Assert.All(after, p => Assert.Equal("New", p.Channel));
        Assert.Equal(["shared post", "only new", "only old", "exported, edited"], after.Select(p => p.Text));
        Assert.Equal(before.Where(p => p.Channel == "New" || p.Text == "only old").Select(p => p.Id), after.Select(p => p.Id));
        Assert.Equal(1, await db.PostHashtags.CountAsync());
        var channel = await db.Channels.SingleAsync();
        Assert.Equal(("New", "old_channel"), (channel.Name, channel.Username));
    }

    [Fact]
    public async Task A_text_twice_in_the_old_channel_and_once_in_the_new_leaves_two()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("old.txt", "again", "again"), "Old");
        await ingester.IngestFileAsync(store.WriteFixture("new.txt", "again"), "New");

        await using var db = store.NewContext();
        var rename = await new ChannelRenamer(db).RenameAsync("Old", "New");

        Assert.Equal((1, 1), (rename!.Moved, rename.Duplicates));
        Assert.Equal(2, await db.Posts.CountAsync());
    }

    [Fact]
    public async Task An_unknown_channel_changes_nothing()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "one"), "Known");

        await using var db = store.NewContext();
        Assert.Null(await new ChannelRenamer(db).RenameAsync("known", "Other"));
        Assert.Equal(["Known"], await db.Channels.Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task The_list_counts_each_channel_s_posts_and_dates_largest_first()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("a.txt", "@published 2025-02-04 explicit\none", "two", "@published 2025-03-01 explicit\nthree"), "A");
        await ingester.IngestFileAsync(store.WriteFixture("b.txt", "@lang ru\nодин", "@published 2024-01-01 explicit\nfour"), "B");

        await using var db = store.NewContext();
        var list = await ChannelList.ReadAsync(db);

        Assert.Equal(
            [
                new ChannelSummary("A", null, 3, 1, new DateOnly(2025, 2, 4), new DateOnly(2025, 3, 1)),
                new ChannelSummary("B", null, 2, 1, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1)),
            ],
            list);
    }
}
