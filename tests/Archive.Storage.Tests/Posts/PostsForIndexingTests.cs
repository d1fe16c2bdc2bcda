using Archive.Storage.Posts;

namespace Archive.Storage.Tests.Posts;

/// <summary>The flat reads an index is built from must give each post as EF reads it whole, on the real sample dumps.</summary>
public sealed class PostsForIndexingTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Fact]
    public async Task Batches_after_a_key_give_every_post_once_in_key_order_with_what_the_store_holds()
    {
        Assert.Contains(samples.Posts, p => p.Hashtags.Count > 1);
        Assert.Contains(samples.Posts, p => p.MentionedDates.Count > 0);
        await using var db = samples.NewContext();
        var reader = new PostsForIndexing(db);

        var read = new List<Post>();
        long after = 0;
        // Batches smaller than the samples, so that a batch boundary falls between a post's and its neighbour's child rows.
        while (await reader.NextBatchAsync(after, 7, CancellationToken.None) is { Count: > 0 } batch)
        {
            Assert.True(batch.Count <= 7, $"a batch of {batch.Count} posts, asked for 7");
            read.AddRange(batch);
            after = batch[^1].Key;
        }

        Assert.Equal(samples.Posts.Select(p => p.Key), read.Select(p => p.Key));
        foreach (var (stored, post) in samples.Posts.Zip(read))
        {
            AssertSame(stored, post);
        }
    }

    [Fact]
    public async Task Reading_by_id_gives_those_posts_whole_and_skips_ids_the_store_does_not_hold()
    {
        var wanted = samples.Posts.Where(p => p.Hashtags.Count > 1 || p.MentionedDates.Count > 0).Take(5).ToList();
        Assert.Equal(5, wanted.Count);
        await using var db = samples.NewContext();

        var read = await new PostsForIndexing(db).ByIdsAsync([.. wanted.Select(p => p.Id), "no-such-post"], CancellationToken.None);

        Assert.Equal(wanted.Select(p => p.Id).Order(StringComparer.Ordinal), read.Select(p => p.Id).Order(StringComparer.Ordinal));
        foreach (var post in read)
        {
            AssertSame(wanted.Single(p => p.Id == post.Id), post);
        }
    }

    [Fact]
    public async Task Reading_ids_the_store_does_not_hold_gives_no_posts()
    {
        await using var db = samples.NewContext();

        Assert.Empty(await new PostsForIndexing(db).ByIdsAsync(["no-such-post", "nor-this-one"], CancellationToken.None));
        Assert.Empty(await new PostsForIndexing(db).NextBatchAsync(samples.Posts[^1].Key, 10, CancellationToken.None));
    }

    private static void AssertSame(Post stored, Post read)
    {
        Assert.Equal(stored.Key, read.Key);
        Assert.Equal(stored.Id, read.Id);
        Assert.Equal(stored.Text, read.Text);
        Assert.Equal(stored.ContentHash, read.ContentHash);
        Assert.Equal(stored.Language, read.Language);
        Assert.Equal(stored.ForwardedFrom, read.ForwardedFrom);
        Assert.Equal(stored.HasMedia, read.HasMedia);
        Assert.Equal(stored.Published, read.Published);
        Assert.Equal(stored.PublishedConfidence, read.PublishedConfidence);
        Assert.Equal(stored.ReactionTotal, read.ReactionTotal);
        Assert.Equal(stored.Channel.Name, read.Channel.Name);
        Assert.Equal(IngestedSamples.HashtagsInOrder(stored), read.Hashtags.Select(h => h.Display));
        Assert.Equal(stored.Hashtags.Select(h => h.Name).Order(StringComparer.Ordinal), read.Hashtags.Select(h => h.Name).Order(StringComparer.Ordinal));
        Assert.Equal(stored.MentionedDates.Select(d => d.Date).Order(), read.MentionedDates.Select(d => d.Date).Order());
    }
}
