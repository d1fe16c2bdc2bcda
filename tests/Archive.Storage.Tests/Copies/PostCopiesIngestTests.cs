using Archive.Storage.Copies;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Copies;

public sealed class PostCopiesIngestTests
{
    private const string Body = """
        80 years ago, on February 4, 1945, the Yalta (Crimea) Conference of the Allied leaders — Joseph Stalin, Winston Churchill and Franklin D. Roosevelt officially opened.
        The Yalta talks became a symbol of successful cooperation between the Soviet Union, the US and the UK in the fight against the common enemy — Nazism.
        """;

    private const string Other = """
        The Ministry of Foreign Affairs held a briefing today on the situation in the Middle East and on the humanitarian
        corridors that were opened last week with the help of the United Nations and the Red Crescent society.
        """;

    private const string Footer = """
        Read in full on our website: https://example.org/news
        Подписывайтесь на наш канал, чтобы первыми узнавать главные новости дня и недели
        """;

    [Fact]
    public async Task Copies_are_found_across_channels_and_files_oldest_first_with_the_first_seen()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("mfa.txt", "@published 2025-02-04 explicit\n🔥 " + Body));
        // Another run, so the copy is found through the index built from the stored signatures.
        var later = await store.Ingester().IngestFileAsync(store.WriteFixture("embassy.txt",
            "@published 2025-02-05 explicit\n@fwd Russian MFA\n" + Body + "\nSubscribe: @embassy", "@published 2025-02-05 explicit\n" + Other));
        var earlier = await store.Ingester().IngestFileAsync(store.WriteFixture("archive.txt", "@published 2025-02-01 explicit\n#Yalta " + Body));

        await using var db = store.NewContext();
        var posts = await db.Posts.Include(p => p.Channel).Where(p => p.Text.Contains("Yalta")).ToDictionaryAsync(p => p.Channel.Name);
        var mfa = posts["mfa"];
        var copies = await db.CopiesAsync(mfa);

        Assert.Equal([("archive", posts["archive"].Id), ("embassy", posts["embassy"].Id)], copies.Copies.Select(c => (c.Channel, c.Id)));
        Assert.Equal(posts["archive"].Id, copies.FirstSeen);
        Assert.Equal(posts["archive"].Id, (await db.CopiesAsync(posts["archive"])).FirstSeen);
        Assert.Equal([mfa.Id], later.CopiesChangedPostIds);
        Assert.Equal([mfa.Id, posts["embassy"].Id], earlier.CopiesChangedPostIds.Order(StringComparer.Ordinal)
            .ToArray().OrderBy(id => id == mfa.Id ? 0 : 1));
        Assert.Equal(6, await db.PostCopies.CountAsync());
        Assert.Empty((await db.CopiesAsync(await db.Posts.SingleAsync(p => p.Text.Contains("Ministry")))).Copies);
    }

    [Fact]
    public async Task Copies_within_one_run_of_files_are_found_before_anything_is_stored_for_them()
    {
        await using var store = await TempStore.CreateAsync();
        var files = new[] { store.WriteFixture("a.txt", Body), store.WriteFixture("b.txt", Other, Body + "\nEmoji cut 🇷🇺") };

        await foreach (var _ in store.Ingester().IngestFilesAsync(files))
        {
        }

        await using var db = store.NewContext();
        var a = await db.Posts.Include(p => p.Channel).SingleAsync(p => p.Channel.Name == "a");
        Assert.Equal(["b"], (await db.CopiesAsync(a)).Copies.Select(c => c.Channel));
        Assert.Equal(3, await db.CopySignatures.CountAsync());
    }

    [Fact]
    public async Task The_same_post_ingested_twice_stays_one_post_without_copies()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("mfa.txt", Body, Other));
        await ingester.IngestFileAsync(store.WriteFixture("mfa.txt", Body, Other, "A third post"));

        await using var db = store.NewContext();
        Assert.Equal(3, await db.Posts.CountAsync());
        Assert.Equal(0, await db.PostCopies.CountAsync());
    }

    [Fact]
    public async Task Posts_that_share_only_a_boilerplate_footer_are_not_copies()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("news.txt",
            "The summit ends tomorrow in Geneva.\n" + Footer, "Elections were held in three regions on Sunday.\n" + Footer, Body + "\n" + Footer));
        await store.Ingester().IngestFileAsync(store.WriteFixture("digest.txt", Other + "\n" + Footer));

        await using var db = store.NewContext();
        Assert.Equal(0, await db.PostCopies.CountAsync());
    }

    [Fact]
    public async Task An_edit_that_changes_the_text_drops_the_copies_it_no_longer_has()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", Body));
        var path = store.WriteFixture("b.txt", Body + "\nOne more line");
        await store.Ingester().IngestFileAsync(path);

        // Every fourth word changed: most words stay (an edit, the same post), no run of three does (no longer a copy).
        var words = (Body + "\nOne more line").Split(' ');
        var rewritten = string.Join(' ', words.Select((w, i) => i % 4 == 3 ? $"changed{i}" : w));

        var edited = await store.Ingester().IngestFileAsync(store.WriteFixture("b.txt", rewritten));

        await using var db = store.NewContext();
        var a = await db.Posts.Include(p => p.Channel).SingleAsync(p => p.Channel.Name == "a");
        Assert.Equal(1, edited.Updated);
        Assert.Equal([a.Id], edited.CopiesChangedPostIds);
        Assert.Equal(0, await db.PostCopies.CountAsync());
    }

    [Fact]
    public async Task A_file_that_fails_midway_leaves_no_signature_or_copy_and_the_next_file_still_finds_copies()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("a.txt", Body));

        // The first post is a copy, written inside the file's transaction; the parser then throws.
        await Assert.ThrowsAsync<InvalidOperationException>(() => ingester.IngestFileAsync(store.WriteFixture("broken.txt", Body + "\nA line", "@crash now")));
        await using (var db = store.NewContext())
        {
            Assert.Equal(0, await db.PostCopies.CountAsync());
            Assert.Equal(1, await db.CopySignatures.CountAsync());
        }
        await ingester.IngestFileAsync(store.WriteFixture("c.txt", Body + "\nAnother line"));

        await using (var db = store.NewContext())
        {
            var a = await db.Posts.Include(p => p.Channel).SingleAsync(p => p.Channel.Name == "a");
            Assert.Equal(["c"], (await db.CopiesAsync(a)).Copies.Select(c => c.Channel));
            Assert.Equal(2, await db.PostCopies.CountAsync());
        }
    }

    [Fact]
    public async Task A_stored_signature_is_the_one_computed_from_the_posts_text()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", Body, "Too short to have one"));

        await using var db = store.NewContext();
        var signature = await db.CopySignatures.SingleAsync();
        var post = await db.Posts.SingleAsync(p => p.Key == signature.PostKey);
        Assert.Equal(CopySignature.Of(post.Text), signature.Signature);
    }

    [Fact]
    public async Task The_reads_for_the_index_count_a_posts_copies_and_the_other_channels_they_are_in()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("a.txt", Body, Body + "\nSaid again", Other));
        await ingester.IngestFileAsync(store.WriteFixture("b.txt", "#Yalta " + Body));

        await using var db = store.NewContext();
        var reader = new PostsForIndexing(db);
        var batch = await reader.NextBatchAsync(0, 100, CancellationToken.None);
        var byId = await reader.ByIdsAsync([.. batch.Select(p => p.Id)], CancellationToken.None);

        foreach (var posts in new[] { batch, byId })
        {
            var counts = posts.ToDictionary(p => p.Text, p => (p.CopyCount, p.CopyChannelCount));
            Assert.Equal((2, 1), counts[Body]);
            Assert.Equal((2, 1), counts[Body + "\nSaid again"]);
            Assert.Equal((2, 1), counts["#Yalta " + Body]); // both in channel a
            Assert.Equal((0, 0), counts[Other]);
        }
    }
}
