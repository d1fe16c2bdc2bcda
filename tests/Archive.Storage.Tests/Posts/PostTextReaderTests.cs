using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Posts;

/// <summary>The texts of a page of hits, read by id from the real store.</summary>
public sealed class PostTextReaderTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Fact]
    public void Texts_are_the_stored_texts_of_the_ids_the_store_holds()
    {
        using var reader = new PostTextReader(new Contexts(samples));
        var wanted = samples.Posts.Take(10).ToList();

        var texts = reader.TextsOf([.. wanted.Select(p => p.Id), "no-such-post"]);

        Assert.Equal(wanted.ToDictionary(p => p.Id, p => p.Text), texts);
    }

    [Fact]
    public void Searches_at_once_each_read_their_own_pages_texts()
    {
        using var reader = new PostTextReader(new Contexts(samples));
        var pages = samples.Posts.Chunk(5).ToList();
        Assert.True(pages.Count > 4, "the samples make more pages than there are searches at once");

        // The searches share idle connections: a page must never get another page's texts.
        Parallel.For(0, pages.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var page = pages[i % pages.Count];
            Assert.Equal(page.ToDictionary(p => p.Id, p => p.Text), reader.TextsOf([.. page.Select(p => p.Id)]));
        });
        Assert.Empty(reader.TextsOf([]));
    }

    private sealed class Contexts(IngestedSamples samples) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => samples.NewContext();
    }
}
