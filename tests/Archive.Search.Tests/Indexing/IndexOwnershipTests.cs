using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage;
using Archive.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Indexing;

/// <summary>The index records which store it was built from, and one built from another store, or beyond this one's posts, is rebuilt.</summary>
public sealed class IndexOwnershipTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    private int Count(SearchIndex index) => new PostSearcher(index, _archive.Texts).Search(new SearchRequest { WithFacets = false }).Total;

    [Fact]
    public async Task A_commit_records_the_store_and_later_commits_and_reopening_keep_it()
    {
        var path = Path.Combine(_archive.Folder, "stamped-index");
        var stamp = new StoreStamp("0123456789abcdef0123456789abcdef", 4242);
        using (var index = new SearchIndex(path))
        {
            Assert.Null(index.CommittedStore);
            index.Commit(stamp);
            Assert.Equal(stamp, index.CommittedStore);
            // A commit without a stamp (the segment merge's, the one at closing) keeps the last one.
            index.Writer.AddDocument([new Lucene.Net.Documents.StringField(PostFields.Id, "x", Lucene.Net.Documents.Field.Store.YES)]);
            index.Writer.Commit();
        }

        using var reopened = new SearchIndex(path);
        Assert.Equal(stamp, reopened.CommittedStore);
        using var readOnly = new SearchIndex(path);
        Assert.False(readOnly.IsWritable);
        Assert.Equal(stamp, readOnly.CommittedStore);
    }

    [Fact]
    public async Task Rebuilding_and_indexing_record_the_stores_identity_and_highest_post_key()
    {
        await using var db = _archive.OpenStore();
        var store = await StoreStamp.ReadAsync(db);
        Assert.Equal(store, _archive.Index.CommittedStore);

        var post = await db.Posts.OrderBy(p => p.Key).FirstAsync();
        db.Posts.Add(new Storage.Posts.Post
        {
            Id = "later", ChannelId = post.ChannelId, SourceFileId = post.SourceFileId, Text = "a later post", ContentHash = "later", Language = "en",
        });
        await db.SaveChangesAsync();
        await _archive.Indexer.IndexAsync(db, ["later"]);

        Assert.Equal(await StoreStamp.ReadAsync(db), _archive.Index.CommittedStore);
        Assert.True(_archive.Index.CommittedStore!.HighestPostKey > store.HighestPostKey);
    }

    [Fact]
    public async Task An_index_built_from_another_store_is_rebuilt_from_this_one()
    {
        var otherPath = Path.Combine(_archive.Folder, "other.db");
        await using var other = new ArchiveDbContext(ArchiveStore.Options(otherPath));
        await ArchiveStore.MigrateAsync(other);
        // The same posts under another identity: counts and keys match, only the identity tells the stores apart.
        other.Posts.AddRange(SamplePosts.ToEntities());
        await other.SaveChangesAsync();

        var why = await IndexOwnership.WhyNotOfAsync(_archive.Index, other, await StoreStamp.ReadAsync(other));
        Assert.NotNull(why);
        Assert.Contains("built from store", why);
        Assert.False((await new IndexVerifier(_archive.Index).CompareAsync(other)).InStep, "verify took another store's index for its own");

        Assert.True(await _archive.Indexer.EnsureBuiltAsync(other), "another store's index was served");
        Assert.Equal(await StoreStamp.ReadAsync(other), _archive.Index.CommittedStore);
        Assert.False(await _archive.Indexer.EnsureBuiltAsync(other), "the rebuilt index was rebuilt again");
        Assert.True((await new IndexVerifier(_archive.Index).CompareAsync(other)).InStep);
    }

    [Fact]
    public async Task An_index_holding_posts_beyond_the_stores_highest_key_is_rebuilt()
    {
        await using var db = _archive.OpenStore();
        var store = await StoreStamp.ReadAsync(db);
        // As when the store is restored from a copy older than the index.
        _archive.Index.Commit(store with { HighestPostKey = store.HighestPostKey + 10 });

        var why = await IndexOwnership.WhyNotOfAsync(_archive.Index, db, store);
        Assert.Contains($"up to key {store.HighestPostKey + 10}", why);
        Assert.True(await _archive.Indexer.EnsureBuiltAsync(db));
        Assert.Equal(store, _archive.Index.CommittedStore);
        Assert.Equal(_archive.Posts.Count, Count(_archive.Index));
    }

    [Fact]
    public async Task An_index_recording_no_store_is_kept_and_stamped_when_it_holds_as_many_posts_as_the_store()
    {
        await using var db = _archive.OpenStore();
        using var index = await UnstampedIndexAsync(db);

        Assert.False(await new PostIndexer(index).EnsureBuiltAsync(db), "an index from before store identities was rebuilt");
        Assert.Equal(await StoreStamp.ReadAsync(db), index.CommittedStore);
    }

    [Fact]
    public async Task An_index_recording_no_store_is_rebuilt_when_its_count_differs_from_the_stores()
    {
        await using var db = _archive.OpenStore();
        using var index = await UnstampedIndexAsync(db);
        db.Posts.Remove(await db.Posts.OrderBy(p => p.Key).FirstAsync());
        await db.SaveChangesAsync();

        Assert.Contains("records no store", await IndexOwnership.WhyNotOfAsync(index, db, await StoreStamp.ReadAsync(db)));
        Assert.True(await new PostIndexer(index).EnsureBuiltAsync(db));
        Assert.Equal(_archive.Posts.Count - 1, Count(index));
    }

    // An index as written before stores had an identity: the store's posts, committed with no user data.
    private async Task<SearchIndex> UnstampedIndexAsync(ArchiveDbContext db)
    {
        var index = new SearchIndex(Path.Combine(_archive.Folder, "unstamped-index"));
        var posts = await new Storage.Posts.PostsForIndexing(db).NextBatchAsync(0, int.MaxValue, CancellationToken.None);
        var document = new PostDocument();
        foreach (var post in posts)
        {
            index.Writer.AddDocument(document.Fill(post));
        }
        index.Writer.Commit();
        index.Refresh();
        index.NeedsRebuild = false;
        Assert.Null(index.CommittedStore);
        return index;
    }
}
