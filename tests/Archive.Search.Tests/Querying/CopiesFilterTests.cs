using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>"copies=yes": the posts the store records as copies of others, and the channels their copies are in.</summary>
public sealed class CopiesFilterTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    private SearchResult Search(SearchRequest request) => archive.Searcher.Search(request with { PageSize = 100 });

    [Fact]
    public void The_copies_filter_keeps_exactly_the_posts_with_copies()
    {
        var withCopies = Search(new SearchRequest { HasCopies = true });
        var without = Search(new SearchRequest { HasCopies = false });

        Assert.Equal([SamplePosts.CopiedId, SamplePosts.DuplicateId], withCopies.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(archive.Posts.Count - 2, without.Total);
        Assert.DoesNotContain(without.Hits, h => h.HasCopies);
    }

    [Fact]
    public void A_hit_with_copies_says_how_many_other_channels_they_are_in()
    {
        var original = archive.Post(SamplePosts.CopiedId);
        var copy = archive.Post(SamplePosts.DuplicateId);
        Assert.NotEqual(original.Channel.Name, copy.Channel.Name);

        var hits = Search(new SearchRequest { HasCopies = true }).Hits;

        Assert.All(hits, h => Assert.True(h.HasCopies && h.CopyChannels == 1, $"{h.Id}: copies {h.HasCopies}, in {h.CopyChannels} other channels"));
        Assert.All(Search(new SearchRequest { HasCopies = false }).Hits, h => Assert.Equal(0, h.CopyChannels));
    }

    [Fact]
    public void The_filter_combines_with_words_and_channels()
    {
        var copy = archive.Post(SamplePosts.DuplicateId);

        var result = Search(new SearchRequest { HasCopies = true, Channels = [copy.Channel.Name] });

        Assert.Equal([SamplePosts.DuplicateId], result.Hits.Select(h => h.Id));
    }
}
