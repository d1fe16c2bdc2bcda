using System.Diagnostics;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Indexing;

/// <summary>Keeping the index in step with the store, near-real-time visibility, and recovery from a missing or corrupt index. Each test has its own store and index.</summary>
public class IndexLifecycleTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    private int Count(string? query = null) => _archive.Searcher.Search(new SearchRequest { Query = query, WithFacets = false }).Total;

    [Fact]
    public async Task Reindexing_the_same_posts_does_not_duplicate_them()
    {
        await using var db = _archive.OpenStore();
        await _archive.Indexer.IndexAsync(db, _archive.Posts.Select(p => p.Id).ToList());
        await _archive.Indexer.RebuildAsync(db);
        Assert.Equal(_archive.Posts.Count, Count());
    }

    [Fact]
    public async Task Changed_post_is_found_by_its_new_words_and_deleted_post_disappears()
    {
        await using (var db = _archive.OpenStore())
        {
            var post = await db.Posts.SingleAsync(p => p.Id == "p30");
            post.Text = "Спасатели вылетели в Мьянму после землетрясения";
            db.Posts.Remove(await db.Posts.SingleAsync(p => p.Id == "p31"));
            await db.SaveChangesAsync();
            await _archive.Indexer.IndexAsync(db, ["p30", "p31"]);
        }
        Assert.Equal(0, Count("earthquake"));
        Assert.Equal(1, Count("землетрясение"));
        Assert.Equal(0, Count("Cheburashka"));
        Assert.Equal(_archive.Posts.Count - 1, Count());
    }

    [Fact]
    public async Task Search_on_another_thread_sees_a_newly_indexed_post()
    {
        using var stop = new CancellationTokenSource();
        var seenAt = new TaskCompletionSource<bool>();
        var searching = Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(10) && !stop.IsCancellationRequested)
            {
                if (Count("космонавтики") > 0)
                {
                    seenAt.TrySetResult(true);
                    return;
                }
                Thread.Sleep(20);
            }
            seenAt.TrySetResult(false);
        });

        await Task.Run(async () =>
        {
            await using var db = _archive.OpenStore();
            var channel = await db.Channels.FirstAsync();
            var source = await db.SourceFiles.FirstAsync();
            db.Posts.Add(new Post
            {
                Id = "new1", ChannelId = channel.Id, SourceFileId = source.Id,
                Text = "12 апреля — #ДеньКосмонавтики", ContentHash = "new1", Language = "ru",
                Hashtags = [new Hashtag { Name = "денькосмонавтики", Display = "ДеньКосмонавтики" }],
            });
            await db.SaveChangesAsync();
            await _archive.Indexer.IndexAsync(db, ["new1"]);
        });

        var seen = await seenAt.Task;
        await stop.CancelAsync();
        await searching;
        Assert.True(seen, "a search on another thread never saw the post indexed by this one");
        Assert.Equal(1, Count("день"));
        var tagged = _archive.Searcher.Search(new SearchRequest { Tags = ["#деньКОСМОНАВТИКИ"] });
        Assert.Equal(["new1"], tagged.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Missing_index_is_created_and_rebuilt_from_the_store()
    {
        var path = Path.Combine(_archive.Folder, "fresh-index");
        using var index = new SearchIndex(path);
        Assert.True(index.NeedsRebuild);
        var indexer = new PostIndexer(index);
        await using var db = _archive.OpenStore();
        Assert.True(await indexer.EnsureBuiltAsync(db));
        Assert.False(index.NeedsRebuild);
        Assert.Equal(_archive.Posts.Count, new PostSearcher(index, _archive.Texts).Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task An_index_written_before_publication_ranges_is_rebuilt_so_date_filters_find_posts()
    {
        var path = Path.Combine(_archive.Folder, "pre-range-index");
        using var index = new SearchIndex(path);
        // A dated post as the index held it before ranges: a published day and no range fields.
        index.Writer.AddDocument(new Lucene.Net.Documents.Document
        {
            new Lucene.Net.Documents.StringField(PostFields.Id, "old", Lucene.Net.Documents.Field.Store.YES),
            new Lucene.Net.Documents.Int32Field(PostFields.Published, 20250204, Lucene.Net.Documents.Field.Store.YES),
        });
        index.Writer.Commit();
        index.Refresh();
        index.NeedsRebuild = false;

        await using var db = _archive.OpenStore();
        Assert.True(await new PostIndexer(index).EnsureBuiltAsync(db), "an index without range fields was kept");
        Assert.False(await new PostIndexer(index).EnsureBuiltAsync(db), "a rebuilt index was rebuilt again");
        var filtered = new PostSearcher(index, _archive.Texts).Search(new SearchRequest { From = new DateOnly(2025, 1, 1) });
        Assert.Equal(_archive.Posts.Count(p => p.Published >= new DateOnly(2025, 1, 1)), filtered.Total);
    }

    [Fact]
    public async Task An_index_written_before_the_forward_facet_is_rebuilt_so_sources_are_counted()
    {
        var path = Path.Combine(_archive.Folder, "pre-forward-index");
        using var index = new SearchIndex(path);
        // A forward as the index held it before the facet: its source as an exact term, no doc values, no words.
        index.Writer.AddDocument(new Lucene.Net.Documents.Document
        {
            new Lucene.Net.Documents.StringField(PostFields.Id, "old", Lucene.Net.Documents.Field.Store.YES),
            new Lucene.Net.Documents.StringField(PostFields.ForwardedFrom, "Somebody", Lucene.Net.Documents.Field.Store.YES),
            new Lucene.Net.Documents.Int32Field(PostFields.Published, 20250204, Lucene.Net.Documents.Field.Store.YES),
            new Lucene.Net.Documents.Int32Field(PostFields.PublishedEarliest, 20250204, Lucene.Net.Documents.Field.Store.NO),
        });
        index.Writer.Commit();
        index.Refresh();
        index.NeedsRebuild = false;

        await using var db = _archive.OpenStore();
        Assert.True(await new PostIndexer(index).EnsureBuiltAsync(db), "an index without the forward facet was kept");
        Assert.False(await new PostIndexer(index).EnsureBuiltAsync(db), "a rebuilt index was rebuilt again");
        var sources = new PostSearcher(index, _archive.Texts).Search(new SearchRequest()).Facets.ForwardedFrom;
        Assert.Equal(_archive.Posts.Count(p => p.ForwardedFrom is not null), sources.Sum(s => s.Count));
    }

    [Fact]
    public async Task Corrupt_index_is_recreated_instead_of_crashing()
    {
        var path = Path.Combine(_archive.Folder, "corrupt-index");
        using (var index = new SearchIndex(path))
        {
            await using var db = _archive.OpenStore();
            await new PostIndexer(index).RebuildAsync(db);
        }
        foreach (var file in Directory.GetFiles(path, "segments_*"))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5]);
        }

        using var reopened = new SearchIndex(path);
        Assert.True(reopened.IsOpen);
        Assert.True(reopened.NeedsRebuild);
        await using (var db = _archive.OpenStore())
        {
            await new PostIndexer(reopened).EnsureBuiltAsync(db);
        }
        Assert.Equal(_archive.Posts.Count, new PostSearcher(reopened, _archive.Texts).Search(new SearchRequest()).Total);
    }

    [Fact]
    public void Existing_index_reopens_without_needing_a_rebuild()
    {
        _archive.Index.Dispose();
        using var reopened = new SearchIndex(_archive.IndexPath);
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal(_archive.Posts.Count, new PostSearcher(reopened, _archive.Texts).Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task Verifier_reports_missing_extra_and_changed_posts()
    {
        await using var db = _archive.OpenStore();
        var verifier = new IndexVerifier(_archive.Index);
        Assert.True((await verifier.CompareAsync(db)).InStep);

        var changed = await db.Posts.SingleAsync(p => p.Id == "p05");
        changed.ContentHash = "edited";
        db.Posts.Remove(await db.Posts.SingleAsync(p => p.Id == "p06"));
        await db.SaveChangesAsync();

        var differences = await verifier.CompareAsync(db);
        Assert.False(differences.InStep);
        Assert.Equal(["p06"], differences.NotInStore);
        Assert.Equal(["p05"], differences.Stale);
        Assert.Empty(differences.MissingFromIndex);
        Assert.Equal(_archive.Posts.Count - 1, differences.StorePosts);
        Assert.Equal(_archive.Posts.Count, differences.IndexDocuments);

        await _archive.Indexer.IndexAsync(db, ["p05", "p06"]);
        Assert.True((await verifier.CompareAsync(db)).InStep);
    }

    [Fact]
    public void Second_opener_of_a_locked_index_searches_read_only()
    {
        using var second = new SearchIndex(_archive.IndexPath);
        Assert.False(second.IsWritable);
        Assert.True(second.IsOpen);
        Assert.Equal(_archive.Posts.Count, new PostSearcher(second, _archive.Texts).Search(new SearchRequest()).Total);
    }
}
