using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>The forward sources: a facet counted like the others, a filter, and words a query finds; checked against the stored posts.</summary>
public class ForwardedFromTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    private const string Osce = "Russia in OSCE/Россия в ОБСЕ";

    private SearchResult Search(SearchRequest request) => archive.Searcher.Search(request with { PageSize = 100 });

    [Fact]
    public void The_facet_counts_each_source_as_the_store_does()
    {
        var expected = archive.Posts.Where(p => p.ForwardedFrom is not null)
            .GroupBy(p => p.ForwardedFrom!).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(expected.Count >= 2, "the sample posts should be forwarded from at least two sources");
        var facet = Search(new SearchRequest()).Facets.ForwardedFrom;
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), facet.ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(facet.OrderByDescending(f => f.Count).Select(f => f.Count), facet.Select(f => f.Count));
    }

    [Fact]
    public void The_facet_follows_the_query_and_the_other_filters()
    {
        const string channel = "MFA Digest";
        var expected = archive.Posts.Where(p => p.Channel.Name == channel && p.ForwardedFrom is not null)
            .GroupBy(p => p.ForwardedFrom!).ToDictionary(g => g.Key, g => g.Count());
        var facet = Search(new SearchRequest { Channels = [channel] }).Facets.ForwardedFrom;
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), facet.ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_filter_keeps_the_forwards_of_that_source_alone()
    {
        var result = Search(new SearchRequest { ForwardedFrom = Osce });
        Assert.Equal(archive.Posts.Where(p => p.ForwardedFrom == Osce).Select(p => p.Id).Order(), result.Hits.Select(h => h.Id).Order());
        Assert.All(result.Hits, h => Assert.Equal(Osce, h.ForwardedFrom));
    }

    [Fact]
    public void A_query_for_the_source_name_finds_its_forwards_though_their_text_does_not_say_it()
    {
        var forwards = archive.Posts.Where(p => p.ForwardedFrom == Osce).ToList();
        Assert.NotEmpty(forwards);
        Assert.DoesNotContain(forwards, p => p.Text.Contains("ОБСЕ", StringComparison.OrdinalIgnoreCase));
        var found = Search(new SearchRequest { Query = "ОБСЕ" }).Hits.Select(h => h.Id).ToHashSet();
        Assert.Superset(forwards.Select(p => p.Id).ToHashSet(), found);
        // The source's words are the text field's: a phrase of them matches too, morphology included.
        Assert.Contains(forwards[0].Id, Search(new SearchRequest { Query = "\"россией в обсе\"" }).Hits.Select(h => h.Id));
    }
}
