using Archive.Storage.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Storage.Tests.Copies;

/// <summary>
/// A store whose posts came before copy detection (its signatures and pairs gone, the mark set) gets, from the backfill,
/// the very signatures and pairs an ingest of the same files stored, whether it runs in one go or is cut short and resumed.
/// </summary>
public sealed class CopyBackfillTests
{
    private const string Footer = """
        Read in full on our website: https://example.org/news
        Подписывайтесь на наш канал, чтобы первыми узнавать главные новости дня и недели
        """;

    // 140 posts in one file: three read batches (of 64), each post with the channel's footer (boilerplate in a batch).
    private static readonly string[] News = [.. Enumerable.Range(0, 140).Select(i =>
        string.Join(' ', Enumerable.Range(0, 24).Select(j => $"word{i * 100 + j}")) + "\n" + Footer)];

    [Fact]
    public async Task The_backfill_finds_the_signatures_and_pairs_a_fresh_ingest_of_the_same_files_found()
    {
        await using var store = await TempStore.CreateAsync();
        var fresh = await IngestCopiesAsync(store);

        await ForgetCopiesAsync(store);
        var changed = await Backfill(store).RunAsync();

        Assert.Equal(fresh, await CopiesAsync(store));
        Assert.False(await Backfill(store).IsPendingAsync());
        await using var db = store.NewContext();
        var withCopies = await db.Posts.Where(p => db.PostCopies.Any(c => c.PostKey == p.Key)).Select(p => p.Id).ToListAsync();
        Assert.Equal(withCopies.Order(StringComparer.Ordinal), changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_backfill_cut_short_leaves_its_mark_and_the_next_run_ends_where_one_run_would()
    {
        await using var store = await TempStore.CreateAsync();
        var fresh = await IngestCopiesAsync(store);
        await ForgetCopiesAsync(store);

        // One transaction of the smallest size (two read batches), which ends before the batch it would cut: news.txt's first 64 posts.
        await Backfill(store).RunAsync(transactions: 1, postsPerTransaction: 1, CancellationToken.None);
        await using (var db = store.NewContext())
        {
            var mark = await db.PendingCopyBackfill.SingleAsync();
            Assert.Equal(64, mark.AfterKey);
            Assert.Equal(64, await db.CopySignatures.CountAsync());
        }
        // Already cancelled: nothing more is done, nothing is lost.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Backfill(store).RunAsync(new CancellationToken(canceled: true)));
        await Backfill(store).RunAsync();

        Assert.Equal(fresh, await CopiesAsync(store));
        Assert.False(await Backfill(store).IsPendingAsync());
    }

    [Fact]
    public async Task A_new_store_has_nothing_pending_and_one_migrated_with_posts_has()
    {
        await using (var store = await TempStore.CreateAsync())
        {
            await IngestCopiesAsync(store);
            Assert.False(await Backfill(store).IsPendingAsync());
            Assert.Empty(await Backfill(store).RunAsync());
        }

        await using var old = await TempStore.CreateAsync("20261206184000_PostCopies");
        await old.Db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Channels (Id, Name) VALUES (1, 'mfa');
            INSERT INTO SourceFiles (Id, Path, FileName, ContentHash, IngestedAt, PostCount) VALUES (1, '/d/a.txt', 'a.txt', 'h', '2026-12-06 10:00:00+00:00', 1);
            INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, HasMedia,
                PublishedConfidence, ReactionTotal, IngestedAt, UpdatedAt)
            VALUES ('p0', 1, 1, 0, 't', 'c0', 'f', 'en', 0, 'Unknown', 0, '2026-12-06 10:00:00+00:00', '2026-12-06 10:00:00+00:00');
            """);
        await ArchiveStore.MigrateAsync(old.Db);
        Assert.Equal(0, (await old.Db.PendingCopyBackfill.SingleAsync()).AfterKey);
    }

    private static CopyBackfill Backfill(TempStore store) => new(store.NewContext(), NullLogger<CopyBackfill>.Instance);

    /// <summary>Three channels that copy each other's posts, ingested as usual; returns what the ingest stored.</summary>
    private static async Task<StoredCopies> IngestCopiesAsync(TempStore store)
    {
        var files = new[]
        {
            store.WriteFixture("news.txt", News),
            store.WriteFixture("digest.txt", News[3].Replace(Footer, "Source: news"), News[66], "A short one", News[130]),
            store.WriteFixture("archive.txt", "#copy " + News[3], News[40] + "\nSaid again", News[67].Replace("word6710", "changed")),
        };
        await foreach (var _ in store.Ingester().IngestFilesAsync(files))
        {
        }
        var stored = await CopiesAsync(store);
        Assert.True(stored.Pairs.Count >= 10, $"{stored.Pairs.Count} pairs");
        return stored;
    }

    private static async Task ForgetCopiesAsync(TempStore store)
    {
        await using var db = store.NewContext();
        await db.PostCopies.ExecuteDeleteAsync();
        await db.CopySignatures.ExecuteDeleteAsync();
        db.PendingCopyBackfill.Add(new PendingCopyBackfill { Id = 1 });
        await db.SaveChangesAsync();
    }

    private static async Task<StoredCopies> CopiesAsync(TempStore store)
    {
        await using var db = store.NewContext();
        var pairs = await db.PostCopies.OrderBy(c => c.PostKey).ThenBy(c => c.CopyKey).Select(c => $"{c.PostKey}-{c.CopyKey}").ToListAsync();
        var signatures = await db.CopySignatures.OrderBy(s => s.PostKey).ToListAsync();
        return new StoredCopies(pairs, signatures.ConvertAll(s => $"{s.PostKey}:{Convert.ToHexString(s.Signature)}"));
    }

    private sealed record StoredCopies(List<string> Pairs, List<string> Signatures)
    {
        public bool Equals(StoredCopies? other) => other is not null && Pairs.SequenceEqual(other.Pairs) && Signatures.SequenceEqual(other.Signatures);

        public override int GetHashCode() => Pairs.Count;

        public override string ToString() => $"{Pairs.Count} pairs: {string.Join(", ", Pairs)}; {Signatures.Count} signatures";
    }
}
