using Archive.Storage.Posts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Archive.Storage.Tests.Migrations;

/// <summary>A store written before posts had integer keys keeps every post and every link of its hashtags, reactions and dates.</summary>
public sealed class IntegerPostKeysMigrationTests : IAsyncDisposable
{
    private const string LastTextKeyedMigration = "20261129064058_DropPostsContentHashIndex";
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-migration-").FullName;

    private string StorePath => Path.Combine(_folder, "archive.db");

    [Fact]
    public async Task Children_follow_their_posts_to_the_new_keys_and_the_foreign_keys_still_hold()
    {
        await using (var old = new ArchiveDbContext(ArchiveStore.Options(StorePath)))
        {
            await old.GetService<IMigrator>().MigrateAsync(LastTextKeyedMigration);
            // Inserted out of id order, so a link that went by position instead of by id would land on the wrong post.
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO Channels (Id, Name) VALUES (1, 'mfa');
                INSERT INTO SourceFiles (Id, Path, FileName, ContentHash, IngestedAt, PostCount) VALUES (1, '/d/mfa.txt', 'mfa.txt', 'h', '2026-11-29 10:00:00+00:00', 2);
                INSERT INTO Hashtags (Id, Name, Display) VALUES (1, 'yalta', 'Yalta'), (2, 'мир', 'Мир');
                INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, HasMedia,
                    PublishedConfidence, ReactionTotal, IngestedAt, UpdatedAt)
                VALUES ('zzzz', 1, 1, 0, 'Second id, first row', 'c1', 'f1', 'en', 0, 'Unknown', 5, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('aaaa', 1, 1, 1, 'First id, second row', 'c2', 'f2', 'ru', 0, 'Unknown', 7, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00');
                INSERT INTO Reactions (PostId, Emoji, Count, "Order") VALUES ('zzzz', '👍', 5, 0), ('aaaa', '🔥', 3, 0), ('aaaa', '👍', 4, 1);
                INSERT INTO MentionedDates (PostId, Date) VALUES ('zzzz', '1945-02-04'), ('aaaa', '1961-04-12');
                INSERT INTO PostHashtags (PostId, HashtagId, Spelling, "Order") VALUES ('zzzz', 1, 'Yalta', 0), ('aaaa', 2, 'Мир', 0), ('aaaa', 1, 'yalta', 1);
                """);
        }

        await using var db = new ArchiveDbContext(ArchiveStore.Options(StorePath));
        await ArchiveStore.MigrateAsync(db);

        var posts = await db.Posts.AsNoTracking()
            .Include(p => p.Reactions).Include(p => p.MentionedDates).Include(p => p.Hashtags)
            .OrderBy(p => p.Key).ToListAsync();
        Assert.Equal(["zzzz", "aaaa"], posts.Select(p => p.Id));
        Assert.Equal([1L, 2L], posts.Select(p => p.Key));
        Assert.Equal(["👍=5"], posts[0].Reactions.OrderBy(r => r.Order).Select(r => $"{r.Emoji}={r.Count}"));
        Assert.Equal(["🔥=3", "👍=4"], posts[1].Reactions.OrderBy(r => r.Order).Select(r => $"{r.Emoji}={r.Count}"));
        Assert.Equal([new DateOnly(1945, 2, 4)], posts[0].MentionedDates.Select(d => d.Date));
        Assert.Equal([new DateOnly(1961, 4, 12)], posts[1].MentionedDates.Select(d => d.Date));
        Assert.Equal(["yalta"], posts[0].Hashtags.Select(h => h.Name));
        Assert.Equal(["yalta", "мир"], posts[1].Hashtags.Select(h => h.Name).Order(StringComparer.Ordinal));

        // The children's foreign keys point at the renamed table: a removed post takes its rows with it, and a row for a
        // post that does not exist is refused.
        await db.Posts.Where(p => p.Id == "zzzz").ExecuteDeleteAsync();
        Assert.Equal([2L, 2L], await db.Reactions.Select(r => r.PostKey).ToListAsync());
        var orphan = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync("INSERT INTO MentionedDates (PostKey, Date) VALUES (99, '2000-01-01')"));
        Assert.Contains("FOREIGN KEY", orphan.Message);

        // Text ids stay unique.
        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, HasMedia,
                PublishedConfidence, ReactionTotal, IngestedAt, UpdatedAt)
            VALUES ('aaaa', 1, 1, 2, 'again', 'c3', 'f3', 'en', 0, 'Unknown', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00')
            """));
        Assert.Contains("UNIQUE", duplicate.Message);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not a test failure.
        }
        return ValueTask.CompletedTask;
    }
}
