using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Web.Ingest;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Hosting;

/// <summary>
/// Opening the archive, the one way the site and every verb do it: the store migrated (a file that is not a readable
/// store stops the start with a message naming it), then the index opened, rebuilt from the store when missing or
/// corrupt, and caught up when an import stopped between the two.
/// </summary>
public static class ArchiveOpener
{
    // SQLite's result codes for a file that is not a database, or one whose pages do not make sense.
    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    /// <summary>The store alone, for the verbs that read or rebuild the index as it is (export, verify, reindex).</summary>
    public static async Task OpenStoreAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, ct);
    }

    /// <summary>The store, then the index (rebuilt and caught up only by a process that may write it: not beside a running server).</summary>
    public static async Task OpenAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = await MigrateAsync(scope.ServiceProvider, ct);
        await services.GetRequiredService<PostIndexer>().EnsureBuiltAsync(db, ct);
        if (services.GetRequiredService<SearchIndex>().IsWritable)
        {
            await scope.ServiceProvider.GetRequiredService<ArchiveIngester>().CatchUpAsync(ct);
        }
    }

    private static async Task<ArchiveDbContext> MigrateAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var path = Path.GetFullPath(scoped.GetRequiredService<ArchiveOptions>().StorePath);
        // Nothing is written into a store that cannot be read: the migrations and the demo come after this.
        if (!LooksLikeSqlite(path))
        {
            throw Unreadable(path, "file is not a database", null);
        }
        var db = scoped.GetRequiredService<ArchiveDbContext>();
        try
        {
            await ArchiveStore.MigrateAsync(db, ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw Unreadable(path, e.Message, e);
        }
        return db;
    }

    private static CannotStartException Unreadable(string path, string why, Exception? inner) =>
        new($"The store {path} cannot be read ({why.TrimEnd('.')}). Restore it from a backup, or move it away to start afresh.", inner);

    /// <summary>
    /// False for a file that is there, not empty, and does not begin as every SQLite database does: told before EF
    /// opens it, so the one line is all the user sees (EF logs the failed command it would run, with its SQL).
    /// </summary>
    private static bool LooksLikeSqlite(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return true;
        }
        ReadOnlySpan<byte> header = "SQLite format 3\0"u8;
        Span<byte> start = stackalloc byte[16];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(header);
    }
}
