using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Archive.Storage.Tests.Migrations;

/// <summary>A store written before publication ranges gets them from its dates and their order, without a re-ingest.</summary>
public sealed class PublishedRangesMigrationTests : IAsyncDisposable
{
    private const string LastMigrationWithoutRanges = "20261129215855_PostsNeighbourIndex";
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-migration-").FullName;

    private string StorePath => Path.Combine(_folder, "archive.db");

    [Fact]
    public async Task Stated_dates_become_their_own_range_and_inferred_ones_lie_between_their_files_stated_neighbours()
    {
        await using (var old = new ArchiveDbContext(ArchiveStore.Options(StorePath)))
        {
            await old.GetService<IMigrator>().MigrateAsync(LastMigrationWithoutRanges);
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO Channels (Id, Name) VALUES (1, 'mfa');
                INSERT INTO SourceFiles (Id, Path, FileName, ContentHash, IngestedAt, PostCount) VALUES
                    (1, '/d/a.txt', 'a.txt', 'h', '2026-11-29 10:00:00+00:00', 6), (2, '/d/b.txt', 'b.txt', 'h2', '2026-11-29 10:00:00+00:00', 1);
                INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, HasMedia,
                    Published, PublishedConfidence, ReactionTotal, IngestedAt, UpdatedAt)
                VALUES ('p0', 1, 1, 0, 't', 'c0', 'f', 'en', 0, '2025-02-04', 'Inferred', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('p1', 1, 1, 1, 't', 'c1', 'f', 'en', 0, '2025-02-04', 'Explicit', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('p2', 1, 1, 2, 't', 'c2', 'f', 'en', 0, '2025-02-04', 'Inferred', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('p3', 1, 1, 3, 't', 'c3', 'f', 'en', 0, '2025-02-04', 'Inferred', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('p4', 1, 1, 4, 't', 'c4', 'f', 'en', 0, '2025-02-10', 'Exact', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('p5', 1, 1, 5, 't', 'c5', 'f', 'en', 0, '2025-02-10', 'Inferred', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00'),
                       ('q0', 1, 2, 0, 't', 'c6', 'f', 'en', 0, NULL, 'Unknown', 0, '2026-11-29 10:00:00+00:00', '2026-11-29 10:00:00+00:00');
                """);
        }

        await using var db = new ArchiveDbContext(ArchiveStore.Options(StorePath));
        await ArchiveStore.MigrateAsync(db);

        var ranges = await db.Posts.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.PublishedEarliest, p.PublishedLatest }).ToListAsync();
        string Show(DateOnly? d) => d?.ToString("MM-dd") ?? "open";
        Assert.Equal(
            ["p0 open..02-04", "p1 02-04..02-04", "p2 02-04..02-10", "p3 02-04..02-10", "p4 02-10..02-10", "p5 02-10..open", "q0 open..open"],
            ranges.Select(r => $"{r.Id} {Show(r.PublishedEarliest)}..{Show(r.PublishedLatest)}"));
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
