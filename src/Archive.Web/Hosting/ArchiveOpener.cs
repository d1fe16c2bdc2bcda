using System.Buffers.Binary;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Storage.Copies;
using Archive.Web.Ingest;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Hosting;

/// <summary>
/// Opening the archive, the one way the site and every verb do it: the store migrated (a file that is not a readable
/// store, empty or cut short included, stops the start with a message naming it), then the index opened, rebuilt from
/// the store when missing, corrupt or not this store's (<c>IndexOwnership</c>: another store's, or holding posts the
/// store does not have), and caught up when an import stopped between the two. A store upgraded from before copy
/// detection gets its older posts' copies found here, by the first process that may write the index.
/// </summary>
public static class ArchiveOpener
{
    // SQLite's result codes for a file that is not a database, or one whose pages do not make sense.
    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    /// <summary>
    /// For the verbs that only read (search, export, verify): stops with "no archive at DIR" when the data folder holds
    /// no store, before anything is opened, so that a mistyped --data creates nothing (no store, no folder, no logs).
    /// </summary>
    public static void RequireArchive(IServiceProvider services)
    {
        var options = services.GetRequiredService<ArchiveOptions>();
        if (!File.Exists(options.StorePath))
        {
            throw new CannotStartException($"no archive at {Path.GetFullPath(options.DataDirectory)}");
        }
    }

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
        var indexer = services.GetRequiredService<PostIndexer>();
        var writable = services.GetRequiredService<SearchIndex>().IsWritable;
        // Only a process that may write the index finds the older posts' copies: it indexes them next.
        var copied = writable ? await BackfillCopiesAsync(services, db, ct) : [];
        if (!await indexer.EnsureBuiltAsync(db, ct) && copied.Count > 0)
        {
            await indexer.IndexAsync(db, copied, ct);
        }
        if (writable)
        {
            await scope.ServiceProvider.GetRequiredService<ArchiveIngester>().CatchUpAsync(ct);
        }
    }

    /// <summary>
    /// Finds the copies of the posts stored before copy detection when the store is marked for it (once, after the
    /// upgrade that brought it); returns the ids of the posts whose copies changed, for the index.
    /// </summary>
    internal static Task<IReadOnlyCollection<string>> BackfillCopiesAsync(IServiceProvider services, ArchiveDbContext db, CancellationToken ct) =>
        new CopyBackfill(db, services.GetRequiredService<ILogger<CopyBackfill>>()).RunAsync(ct);

    private static async Task<ArchiveDbContext> MigrateAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var path = Path.GetFullPath(scoped.GetRequiredService<ArchiveOptions>().StorePath);
        // Nothing is written into a store that cannot be read: the migrations and the demo come after this. SQLite
        // itself would take an empty file for a new database, and notice a cut-short one only at the first missing page.
        if (WhyUnreadable(path) is { } why)
        {
            throw Unreadable(path, why, null);
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
    /// Why the file at <paramref name="path"/> cannot be a readable store (empty, not beginning as every SQLite database
    /// does, or shorter than its header says), or null when it can, or is not there at all. Told before EF opens it,
    /// so the one line is all the user sees (EF logs the failed command it would run, with its SQL).
    /// </summary>
    /// <remarks>Reads the 100-byte header only: the start stays as quick at a million posts as at ten.</remarks>
    internal static string? WhyUnreadable(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }
        if (file.Length == 0)
        {
            return "file is empty";
        }
        Span<byte> header = stackalloc byte[HeaderSize];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        if (read < Magic.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            return "file is not a database";
        }
        if (read < HeaderSize)
        {
            return $"file is cut short: {file.Length} bytes";
        }
        // The header's page count is kept only when the change counter matches the version-valid-for number; a write-
        // ahead log left by a process that stopped may hold pages the file does not have yet, so it is trusted then only.
        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var sizeIsValid = pages > 0 && BinaryPrimitives.ReadUInt32BigEndian(header[24..]) == BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        var log = new FileInfo(path + "-wal");
        var expected = (long)pageSize * pages;
        if (sizeIsValid && !(log.Exists && log.Length > 0) && file.Length < expected)
        {
            return $"file is cut short: {file.Length} of its {expected} bytes";
        }
        return null;
    }

    private const int HeaderSize = 100;

    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;
}
