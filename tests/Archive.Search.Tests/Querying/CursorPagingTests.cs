using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Querying;

/// <summary>Paging by cursor (search-after) and the walk over every hit give each hit once, in the one page's order.</summary>
public class CursorPagingTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    public static TheoryData<string?, SearchSort> Searches => new()
    {
        { null, SearchSort.Newest },
        { null, SearchSort.Oldest },
        { null, SearchSort.Reactions },
        { "negotiations", SearchSort.Relevance },
        { "negotiations OR выставка", SearchSort.Relevance },
        { "negotiations", SearchSort.Newest },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Following_next_gives_every_hit_once_in_the_order_of_one_long_page(string? query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort, WithFacets = false };
        var whole = archive.Searcher.Search(request with { PageSize = PostSearcher.MaxPageSize });
        Assert.InRange(whole.Total, 4, PostSearcher.MaxPageSize - 1);

        var paged = new List<string>();
        var pages = 0;
        SearchResult page = archive.Searcher.Search(request with { PageSize = 3 });
        while (true)
        {
            pages++;
            Assert.Equal(whole.Total, page.Total);
            paged.AddRange(page.Hits.Select(h => h.Id));
            if (page.Next is not { } next)
            {
                break;
            }
            Assert.Equal(paged.Count, next.Seen);
            page = archive.Searcher.Search(request with { PageSize = 3, After = next });
        }

        Assert.Equal(whole.Hits.Select(h => h.Id), paged);
        Assert.Equal((whole.Total + 2) / 3, pages);
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public void All_hits_come_in_pages_of_ids_in_the_search_s_order(string? query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort };
        var whole = archive.Searcher.Search(request with { PageSize = PostSearcher.MaxPageSize });

        using var all = archive.Searcher.AllHits(request, pageSize: 2);
        var pages = all.Pages.ToList();

        Assert.Equal(whole.Total, all.Total);
        Assert.All(pages, p => Assert.InRange(p.Count, 1, 2));
        Assert.Equal(whole.Hits.Select(h => h.Id), pages.SelectMany(p => p));
    }

    [Fact]
    public void All_hits_follow_the_search_s_spelling_correction()
    {
        var request = new SearchRequest { Query = "negotiatons", CorrectSpelling = true };
        var corrected = archive.Searcher.Search(request with { PageSize = PostSearcher.MaxPageSize });
        Assert.NotNull(corrected.CorrectedQuery);

        using var all = archive.Searcher.AllHits(request);

        Assert.Equal(corrected.CorrectedQuery, all.CorrectedQuery);
        Assert.Equal(corrected.Hits.Select(h => h.Id), all.Pages.SelectMany(p => p));
    }

    [Fact]
    public void A_cursor_read_back_from_its_token_is_the_same_and_another_search_s_token_is_not_read()
    {
        var next = archive.Searcher.Search(new SearchRequest { Sort = SearchSort.Newest, PageSize = 2 }).Next;
        Assert.NotNull(next);

        var token = next.ToToken("?sort=newest");
        var read = HitCursor.FromToken(token, "?sort=newest");

        Assert.NotNull(read);
        Assert.Equal(next with { Values = [] }, read with { Values = [] });
        Assert.Equal(next.Values, read.Values);
        Assert.Null(HitCursor.FromToken(token, "?sort=oldest"));
        Assert.Null(HitCursor.FromToken(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1], "?sort=newest"));
        Assert.Null(HitCursor.FromToken("not a cursor!", "?sort=newest"));
        Assert.Null(HitCursor.FromToken("", "?sort=newest"));
    }
}

/// <summary>A cursor holds for one version of the index; a walk over every hit sees one version throughout.</summary>
public sealed class CursorIndexChangeTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task A_cursor_from_before_the_index_changed_is_stale()
    {
        var request = new SearchRequest { Sort = SearchSort.Newest, PageSize = 2 };
        var next = _archive.Searcher.Search(request).Next!;

        await RemovePost(_archive.Posts[0].Id);

        var stale = Assert.Throws<StaleCursorException>(() => _archive.Searcher.Search(request with { After = next }));
        Assert.Contains("start the search again", stale.Message);
    }

    [Fact]
    public async Task A_walk_over_every_hit_keeps_the_index_it_started_on()
    {
        var request = new SearchRequest { Sort = SearchSort.Oldest };
        var before = _archive.Searcher.Search(request with { PageSize = PostSearcher.MaxPageSize }).Hits.Select(h => h.Id).ToList();

        var walked = new List<string>();
        using (var all = _archive.Searcher.AllHits(request, pageSize: 3))
        {
            foreach (var page in all.Pages)
            {
                if (walked.Count == 0)
                {
                    await RemovePost(before[^1]);
                }
                walked.AddRange(page);
            }
        }

        Assert.Equal(before, walked);
        Assert.Equal(before.Count - 1, _archive.Searcher.Search(request).Total);
    }

    // Gone from the store and so, re-indexed, from the index: a change every reader opened after it sees.
    private async Task RemovePost(string id)
    {
        await using var db = _archive.OpenStore();
        await db.Posts.Where(p => p.Id == id).ExecuteDeleteAsync();
        await _archive.Indexer.IndexAsync(db, [id]);
    }
}
