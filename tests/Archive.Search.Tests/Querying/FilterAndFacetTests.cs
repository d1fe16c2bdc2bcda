using System.Globalization;
using Archive.Parsing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage.Posts;

namespace Archive.Search.Tests.Querying;

/// <summary>Filters, facets, sorting and paging, each checked against the same stored posts counted with LINQ.</summary>
public class FilterAndFacetTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    private SearchResult Search(SearchRequest request) => archive.Searcher.Search(request with { PageSize = 100 });

    private static HashSet<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).ToHashSet();

    private HashSet<string> Where(Func<Post, bool> predicate) => archive.Posts.Where(predicate).Select(p => p.Id).ToHashSet();

    [Fact]
    public void Browsing_without_words_returns_every_post()
    {
        var result = Search(new SearchRequest());
        Assert.Equal(archive.Posts.Count, result.Total);
    }

    [Fact]
    public void Counting_finds_what_a_search_finds()
    {
        SearchRequest[] requests =
        [
            new(),
            new() { Query = "посольство" },
            new() { Query = "embassy", Languages = ["en"] },
            new() { Query = "\"Russian Embassy\" OR выставка", From = new DateOnly(2025, 1, 1) },
            new() { Channels = ["Russian Embassy Singapore"], Query = "-embassy" },
            new() { Query = "nothingmatchesthisword" },
        ];
        foreach (var request in requests)
        {
            var total = Search(request).Total;
            Assert.True(archive.Searcher.Count(request) == total, $"\"{request.Query}\": counted {archive.Searcher.Count(request)}, searched {total}");
        }
        Assert.Contains(requests, r => Search(r).Total > 0 && Search(r).Total < archive.Posts.Count);
    }

    [Fact]
    public void Channel_filter_keeps_only_that_channel()
    {
        var result = Search(new SearchRequest { Channels = ["Russian Embassy Singapore"] });
        Assert.Equal(Where(p => p.Channel.Name == "Russian Embassy Singapore"), Ids(result));
    }

    [Fact]
    public void Date_range_is_inclusive_and_leaves_undated_out_unless_asked()
    {
        var from = new DateOnly(2025, 2, 13);
        var to = new DateOnly(2025, 3, 18);
        var dated = Where(p => p.Published >= from && p.Published <= to);
        Assert.Contains(archive.Posts, p => p.Published == from);
        Assert.Contains(archive.Posts, p => p.Published == to);
        Assert.Equal(dated, Ids(Search(new SearchRequest { From = from, To = to })));

        var undated = Where(p => p.Published is null);
        Assert.NotEmpty(undated);
        Assert.Equal(dated.Union(undated).ToHashSet(), Ids(Search(new SearchRequest { From = from, To = to, IncludeUndated = true })));
    }

    [Fact]
    public void Tags_all_of_and_any_of_take_any_spelling()
    {
        var a = Hashtags.Normalize("WeWereAllies");
        var b = Hashtags.Normalize("HistoryOfDiplomacy");
        var all = Where(p => p.Hashtags.Any(h => h.Name == a) && p.Hashtags.Any(h => h.Name == b));
        var any = Where(p => p.Hashtags.Any(h => h.Name == a || h.Name == b));
        Assert.NotEqual(all, any);
        Assert.Equal(all, Ids(Search(new SearchRequest { Tags = ["#WEWEREALLIES", "historyofdiplomacy"], TagMatch = TagMatch.All })));
        Assert.Equal(any, Ids(Search(new SearchRequest { Tags = ["#WeWereAllies", "#HistoryOfDiplomacy"], TagMatch = TagMatch.Any })));
    }

    [Fact]
    public void Language_media_forwarded_and_mentioned_year_filters_match_the_store()
    {
        Assert.Equal(Where(p => p.Language == Languages.Russian), Ids(Search(new SearchRequest { Languages = ["ru"] })));
        Assert.Equal(Where(p => p.HasMedia), Ids(Search(new SearchRequest { HasMedia = true })));
        Assert.Equal(Where(p => !p.HasMedia), Ids(Search(new SearchRequest { HasMedia = false })));
        Assert.Equal(Where(p => p.ForwardedFrom == "Russia in OSCE/Россия в ОБСЕ"),
            Ids(Search(new SearchRequest { ForwardedFrom = "Russia in OSCE/Россия в ОБСЕ" })));
        var mentions1945 = Where(p => p.MentionedDates.Any(d => d.Date.Year == 1945));
        Assert.NotEmpty(mentions1945);
        Assert.Equal(mentions1945, Ids(Search(new SearchRequest { MentionsYear = 1945 })));
    }

    [Fact]
    public void Filters_combine_with_words()
    {
        var result = Search(new SearchRequest { Query = "Lavrov", Languages = ["en"], Channels = ["MFA Digest"] });
        var expected = Where(p => p.Language == "en" && p.Channel.Name == "MFA Digest"
            && System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"\bLavrov\b"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(result));
    }

    [Fact]
    public void Facets_over_everything_count_what_the_store_holds()
    {
        var facets = Search(new SearchRequest()).Facets;
        FacetAssert.Counts(archive.Posts.GroupBy(p => p.Channel.Name), facets.Channels);
        FacetAssert.Counts(archive.Posts.GroupBy(p => p.Language), facets.Languages);
        FacetAssert.Counts(archive.Posts.Where(p => p.Published is not null).GroupBy(p => p.Published!.Value.Year.ToString(CultureInfo.InvariantCulture)), facets.Years);
        FacetAssert.Counts(archive.Posts.Where(p => p.Published is not null).GroupBy(p => p.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), facets.Months);
        FacetAssert.Counts(archive.Posts.SelectMany(p => p.Hashtags).GroupBy(h => h.Display), facets.Hashtags);
        Assert.Equal(facets.Months.Select(m => m.Value).Order(StringComparer.Ordinal), facets.Months.Select(m => m.Value));
        Assert.Equal(facets.Channels.Select(c => c.Count).OrderDescending(), facets.Channels.Select(c => c.Count));
    }

    [Fact]
    public void Facets_follow_the_query_and_filters()
    {
        var result = Search(new SearchRequest { Query = "Lavrov", HasMedia = false });
        var matching = archive.Posts.Where(p => !p.HasMedia && System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"\bLavrov\b")).ToList();
        Assert.Equal(matching.Count, result.Total);
        FacetAssert.Counts(matching.GroupBy(p => p.Channel.Name), result.Facets.Channels);
        FacetAssert.Counts(matching.SelectMany(p => p.Hashtags).GroupBy(h => h.Display), result.Facets.Hashtags);
    }

    [Fact]
    public void Newest_and_oldest_sort_by_date_with_undated_last()
    {
        var newest = Search(new SearchRequest { Sort = SearchSort.Newest }).Hits;
        var dates = newest.Select(h => h.Published).ToList();
        var datedCount = archive.Posts.Count(p => p.Published is not null);
        Assert.Equal(archive.Posts.Where(p => p.Published is not null).Select(p => p.Published).OrderDescending(), dates.Take(datedCount));
        Assert.All(dates.Skip(datedCount), d => Assert.Null(d));

        var oldest = Search(new SearchRequest { Sort = SearchSort.Oldest }).Hits.Select(h => h.Published).ToList();
        Assert.Equal(archive.Posts.Where(p => p.Published is not null).Select(p => p.Published).Order(), oldest.Take(datedCount));
        Assert.All(oldest.Skip(datedCount), d => Assert.Null(d));
    }

    [Fact]
    public void Most_reactions_sort_puts_the_most_reacted_post_first()
    {
        var hits = Search(new SearchRequest { Sort = SearchSort.Reactions }).Hits;
        Assert.Equal(archive.Posts.Select(p => p.ReactionTotal).OrderDescending(), hits.Select(h => h.ReactionTotal));
        var top = archive.Posts.MaxBy(p => p.ReactionTotal)!;
        Assert.Equal(top.Id, hits[0].Id);
    }

    [Fact]
    public void Paging_returns_the_next_slice_of_the_same_order()
    {
        var all = archive.Searcher.Search(new SearchRequest { Sort = SearchSort.Oldest, PageSize = 100 }).Hits.Select(h => h.Id).ToList();
        var page2 = archive.Searcher.Search(new SearchRequest { Sort = SearchSort.Oldest, PageSize = 10, Page = 2 });
        Assert.Equal(archive.Posts.Count, page2.Total);
        Assert.Equal(all.Skip(10).Take(10), page2.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Hit_carries_what_the_list_shows_from_the_index()
    {
        var hit = Search(new SearchRequest { Query = "Cheburashka" }).Hits.Single();
        var post = archive.Post("p31");
        Assert.Equal(post.Channel.Name, hit.Channel);
        Assert.Equal(post.Published, hit.Published);
        Assert.Equal(post.Language, hit.Language);
        Assert.Equal(post.HasMedia, hit.HasMedia);
        Assert.Equal(post.ReactionTotal, hit.ReactionTotal);
        Assert.Equal(post.PublishedConfidence, hit.PublishedConfidence);
        Assert.Equal(["Cheburashka"], hit.Snippet.Highlights.Select(r => hit.Snippet.Text.Substring(r.Start, r.Length)));
    }
}
