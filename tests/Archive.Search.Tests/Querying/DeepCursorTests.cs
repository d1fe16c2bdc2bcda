using Archive.Parsing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage.Channels;
using Archive.Storage.Posts;
using Archive.Storage.Sources;

namespace Archive.Search.Tests.Querying;

/// <summary>The sample archive and a channel of more posts than page numbers reach. Shared by <see cref="DeepCursorTests"/>.</summary>
public sealed class DeepArchive : IAsyncLifetime
{
    public const string Channel = "Deep Channel";
    public const int Count = PostSearcher.MaxResultWindow + 150;

    public IndexedArchive Archive { get; } = new();

    public async Task InitializeAsync()
    {
        await Archive.InitializeAsync();
        await using var db = Archive.OpenStore();
        var channel = new Channel { Name = Channel };
        var file = new SourceFile { Path = "/dumps/deep.txt", FileName = "deep.txt", ContentHash = "deep" };
        // Thirty days and seven reaction counts: thousands of ties, which search-after breaks by document number.
        for (var i = 0; i < Count; i++)
        {
            db.Posts.Add(new Post
            {
                Id = $"deep{i:D6}",
                Channel = channel,
                SourceFile = file,
                SourceIndex = i,
                Text = $"Deep post number {i}",
                ContentHash = $"deep{i}",
                Language = Languages.English,
                Published = new DateOnly(2024, 1, 1).AddDays(i % 30),
                PublishedConfidence = DateConfidence.Explicit,
                ReactionTotal = i % 7,
            });
        }
        await db.SaveChangesAsync();
        await Archive.Indexer.RebuildAsync(db);
    }

    public Task DisposeAsync() => Archive.DisposeAsync();
}

/// <summary>A cursor goes past the depth page numbers stop at (<see cref="PostSearcher.MaxResultWindow"/>).</summary>
public sealed class DeepCursorTests(DeepArchive deep) : IClassFixture<DeepArchive>
{
    private const string Channel = DeepArchive.Channel;
    private const int Count = DeepArchive.Count;
    private readonly IndexedArchive _archive = deep.Archive;

    [Theory]
    [InlineData(SearchSort.Reactions)]
    [InlineData(SearchSort.Newest)]
    public void Following_next_reads_every_hit_once_past_the_depth_page_numbers_reach(SearchSort sort)
    {
        var request = new SearchRequest { Channels = [Channel], Sort = sort, PageSize = PostSearcher.MaxPageSize, WithFacets = false };
        var lastNumbered = _archive.Searcher.Search(request with { Page = Count / PostSearcher.MaxPageSize + 1 });
        Assert.Contains(lastNumbered.Notes, note => note.StartsWith("Results go 10,000 deep", StringComparison.Ordinal));

        var ids = new List<string>();
        for (var page = _archive.Searcher.Search(request); ; page = _archive.Searcher.Search(request with { After = page.Next }))
        {
            ids.AddRange(page.Hits.Select(h => h.Id));
            if (page.Next is null)
            {
                break;
            }
        }

        Assert.Equal(Count, ids.Count);
        Assert.Equal(Count, ids.Distinct().Count());
    }

    [Fact]
    public void All_hits_hold_every_hit_once()
    {
        using var all = _archive.Searcher.AllHits(new SearchRequest { Channels = [Channel], Sort = SearchSort.Reactions });

        var ids = all.Pages.SelectMany(p => p).ToList();

        Assert.Equal(Count, all.Total);
        Assert.Equal(Count, ids.Distinct().Count());
        Assert.Equal(Count, ids.Count);
    }
}
