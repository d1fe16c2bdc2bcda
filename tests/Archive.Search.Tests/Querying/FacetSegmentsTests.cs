using System.Globalization;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>
/// Facets over an index of several segments with deleted documents, as incremental updates leave it: the counts per
/// segment (the single-valued fields counted together per tuple) must add up to what the store holds.
/// </summary>
public sealed class FacetSegmentsTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public async Task InitializeAsync()
    {
        await _archive.InitializeAsync();
        // Re-indexing every other post deletes it from the rebuilt segment and writes it into a new one.
        await using var db = _archive.OpenStore();
        await _archive.Indexer.IndexAsync(db, _archive.Posts.Where((_, i) => i % 2 == 0).Select(p => p.Id).ToList());
    }

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public void The_index_has_several_segments_and_deletions()
    {
        _archive.Index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1, $"{searcher.IndexReader.Leaves.Count} segment(s)");
            Assert.True(searcher.IndexReader.HasDeletions);
            return 0;
        });
    }

    [Fact]
    public void Facets_over_everything_add_up_across_segments()
    {
        var facets = _archive.Searcher.Search(new SearchRequest()).Facets;
        FacetAssert.Counts(_archive.Posts.GroupBy(p => p.Channel.Name), facets.Channels);
        FacetAssert.Counts(_archive.Posts.GroupBy(p => p.Language), facets.Languages);
        FacetAssert.Counts(_archive.Posts.Where(p => p.Published is not null).GroupBy(p => p.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), facets.Months);
        FacetAssert.Counts(_archive.Posts.Where(p => p.Published is not null).GroupBy(p => p.Published!.Value.Year.ToString(CultureInfo.InvariantCulture)), facets.Years);
        FacetAssert.Counts(_archive.Posts.SelectMany(p => p.Hashtags).GroupBy(h => h.Display), facets.Hashtags);
    }

    [Fact]
    public void Facets_of_a_filtered_search_add_up_across_segments()
    {
        var language = _archive.Posts.GroupBy(p => p.Language).OrderByDescending(g => g.Count()).First().Key;
        var facets = _archive.Searcher.Search(new SearchRequest { Languages = [language] }).Facets;
        var matching = _archive.Posts.Where(p => p.Language == language).ToList();
        FacetAssert.Counts(matching.GroupBy(p => p.Channel.Name), facets.Channels);
        FacetAssert.Counts(matching.Where(p => p.Published is not null).GroupBy(p => p.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), facets.Months);
        FacetAssert.Counts(matching.SelectMany(p => p.Hashtags).GroupBy(h => h.Display), facets.Hashtags);
    }

    [Fact]
    public void Merging_the_segments_leaves_one_with_the_same_posts_and_facets()
    {
        var before = _archive.Searcher.Search(new SearchRequest());
        var segments = _archive.Index.MergeSegments();
        Assert.True(segments > 1, $"{segments} segment(s) before the merge");
        _archive.Index.WithSearcher(searcher =>
        {
            Assert.Single(searcher.IndexReader.Leaves);
            Assert.False(searcher.IndexReader.HasDeletions);
            return 0;
        });
        var after = _archive.Searcher.Search(new SearchRequest());
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Facets.Channels, after.Facets.Channels);
        Assert.Equal(before.Facets.Hashtags, after.Facets.Hashtags);
        Assert.Equal(before.Facets.Months, after.Facets.Months);
        Assert.Equal(1, _archive.Index.MergeSegments());
    }

    [Fact]
    public async Task Closing_the_index_during_a_merge_keeps_every_post()
    {
        var posts = _archive.Searcher.Search(new SearchRequest()).Total;
        var merge = Task.Run(_archive.Index.MergeSegments);
        _archive.Index.Dispose();
        // Either the merge finished first, or closing abandoned it; nothing else may come out of it.
        var outcome = await Record.ExceptionAsync(() => merge);
        Assert.True(outcome is null or ObjectDisposedException, $"the merge ended with {outcome}");

        using var reopened = new SearchIndex(_archive.IndexPath);
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal(posts, new PostSearcher(reopened, _archive.Texts).Search(new SearchRequest()).Total);
    }
}
