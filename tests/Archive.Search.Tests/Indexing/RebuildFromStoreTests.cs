using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Tests.Indexing;

/// <summary>A rebuild reads the store with the store's flat reads (<c>PostsForIndexing</c>): each document must still carry what the store holds.</summary>
public class RebuildFromStoreTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    [Fact]
    public void Rebuilt_documents_carry_each_posts_channel_date_language_and_hashtags_from_the_store()
    {
        Assert.Contains(archive.Posts, p => p.Hashtags.Count > 1);
        foreach (var post in archive.Posts)
        {
            var doc = archive.Index.WithSearcher(s => s.Doc(s.Search(new TermQuery(new Term(PostFields.Id, post.Id)), 1).ScoreDocs.Single().Doc));
            Assert.Equal(post.Channel.Name, doc.Get(PostFields.Channel));
            Assert.Equal(post.Language, doc.Get(PostFields.Language));
            Assert.Equal(post.ReactionTotal, doc.GetField(PostFields.Reactions)!.GetInt32Value());
            Assert.Equal(post.Published is { } d ? PostFields.DateKey(d) : null, doc.GetField(PostFields.Published)?.GetInt32Value());
            Assert.Equal(post.Hashtags.Select(h => h.Display).Order(), doc.GetValues(PostFields.TagDisplay).Order());
        }
    }

    [Fact]
    public void Rebuilt_index_filters_by_mentioned_year_as_the_store_holds_them()
    {
        var years = archive.Posts.SelectMany(p => p.MentionedDates.Select(d => d.Date.Year)).Distinct().ToList();
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            var expected = archive.Posts.Where(p => p.MentionedDates.Any(d => d.Date.Year == year)).Select(p => p.Id).Order().ToList();
            var found = archive.Searcher.Search(new SearchRequest { Query = "", MentionsYear = year, PageSize = 100, WithFacets = false })
                .Hits.Select(h => h.Id).Order().ToList();
            Assert.Equal(expected, found);
        }
    }
}
