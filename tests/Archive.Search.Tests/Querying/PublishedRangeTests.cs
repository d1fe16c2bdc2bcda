using Archive.Parsing;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Channels;
using Archive.Storage.Posts;
using Archive.Storage.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Querying;

/// <summary>The date filter over publication ranges: an inferred post matches when its range overlaps the filter; "dated only" leaves it out.</summary>
public sealed class PublishedRangeTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-search-tests", Guid.NewGuid().ToString("N"));
    private SearchIndex _index = null!;
    private PostTextReader _texts = null!;
    private PostSearcher _searcher = null!;

    private static DateOnly D(int m, int d) => new(2025, m, d);

    private ArchiveDbContext OpenStore() => new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "archive.db")}").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var channel = new Channel { Name = "mfa" };
        var source = new SourceFile { Path = "/d", FileName = "d", ContentHash = "x" };
        Post Make(string id, DateOnly? day, DateConfidence confidence, DateOnly? earliest, DateOnly? latest) => new()
        {
            Id = id, Channel = channel, SourceFile = source, Text = $"post {id}", ContentHash = id, Language = "en",
            Published = day, PublishedConfidence = confidence, PublishedEarliest = earliest, PublishedLatest = latest,
        };
        await using (var db = OpenStore())
        {
            await ArchiveStore.MigrateAsync(db);
            db.Posts.AddRange(
                Make("stated4", D(2, 4), DateConfidence.Explicit, D(2, 4), D(2, 4)),
                Make("between", D(2, 4), DateConfidence.Inferred, D(2, 4), D(2, 10)),
                Make("exact10", D(2, 10), DateConfidence.Exact, D(2, 10), D(2, 10)),
                Make("openEnd", D(2, 10), DateConfidence.Inferred, D(2, 10), null),
                Make("openStart", D(2, 4), DateConfidence.Inferred, null, D(2, 4)),
                Make("unknown", null, DateConfidence.Unknown, null, null));
            await db.SaveChangesAsync();
        }
        _index = new SearchIndex(Path.Combine(_folder, "index"));
        _texts = new PostTextReader(new StoreContexts(this));
        _searcher = new PostSearcher(_index, _texts);
        await using (var db = OpenStore())
        {
            await new PostIndexer(_index).RebuildAsync(db);
        }
    }

    private List<string> Ids(SearchRequest request) =>
        [.. _searcher.Search(request with { Sort = SearchSort.Oldest }).Hits.Select(h => h.Id)];

    [Fact]
    public void A_filter_inside_an_inferred_range_finds_the_post_though_its_best_day_is_outside()
    {
        Assert.Equal(["between"], Ids(new SearchRequest { From = D(2, 6), To = D(2, 8) }));
    }

    [Fact]
    public void A_filter_touching_either_end_of_a_range_overlaps_it()
    {
        // As sets: posts of one day tie in the sort, and the rebuild's threads index them in any order.
        Assert.Equal(["between", "openStart", "stated4"], Ids(new SearchRequest { To = D(2, 4) }).Order(StringComparer.Ordinal));
        Assert.Equal(["between", "exact10", "openEnd"], Ids(new SearchRequest { From = D(2, 10) }).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_open_side_counts_as_the_best_day_so_a_files_last_posts_do_not_match_every_later_filter()
    {
        Assert.Empty(Ids(new SearchRequest { From = D(3, 1) }));
        Assert.Empty(Ids(new SearchRequest { To = D(2, 1) }));
    }

    [Fact]
    public void Dated_only_leaves_inferred_and_unknown_posts_out()
    {
        Assert.Equal(["exact10", "stated4"], Ids(new SearchRequest { DatedOnly = true }).Order(StringComparer.Ordinal));
        Assert.Equal(["stated4"], Ids(new SearchRequest { DatedOnly = true, To = D(2, 8) }));
        Assert.Equal(6, _searcher.Count(new SearchRequest()));
    }

    [Fact]
    public void Hits_carry_their_range_and_sort_by_their_best_day()
    {
        var hits = _searcher.Search(new SearchRequest { Sort = SearchSort.Oldest }).Hits.ToDictionary(h => h.Id);
        Assert.Equal((D(2, 4), D(2, 10)), (hits["between"].PublishedEarliest, hits["between"].PublishedLatest));
        Assert.Equal((D(2, 10), (DateOnly?)null), (hits["openEnd"].PublishedEarliest, hits["openEnd"].PublishedLatest));
        Assert.Equal(((DateOnly?)null, D(2, 4)), (hits["openStart"].PublishedEarliest, hits["openStart"].PublishedLatest));
        Assert.Equal((D(2, 10), D(2, 10)), (hits["exact10"].PublishedEarliest, hits["exact10"].PublishedLatest));
        Assert.Equal(D(2, 4), hits["between"].Published);
        var oldest = _searcher.Search(new SearchRequest { Sort = SearchSort.Oldest }).Hits.Select(h => h.Published).ToList();
        Assert.Equal(oldest.Where(d => d is not null).Order(), oldest.Where(d => d is not null));
    }

    private sealed class StoreContexts(PublishedRangeTests tests) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => tests.OpenStore();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        _texts.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}
