using System.Diagnostics;
using Archive.Storage.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Storage.Copies;

/// <summary>
/// Finds the copies of the posts stored before copy detection, once, when the store is marked for it
/// (<see cref="PendingCopyBackfill"/>, set by the migration that found posts already there): each post's signature
/// computed as an ingest computes it, and matched as an ingest matches it (<see cref="CopyFinder"/>).
/// </summary>
/// <remarks>
/// Posts are read in key order, in transactions of <see cref="PostsPerTransaction"/>; each transaction writes its
/// posts' signatures and pairs and moves the mark past its last post, and the last one removes the mark. A run stopped
/// midway (a crash, a cancel) leaves whole transactions behind, and the next picks up after the mark. Posts that already
/// have a signature (ingested since) are left as they are: their copies were found when they came.
/// </remarks>
public sealed partial class CopyBackfill(ArchiveDbContext db, ILogger<CopyBackfill> logger)
{
    /// <summary>Posts read, signed and matched per transaction: the write lock is let go between them.</summary>
    public const int PostsPerTransaction = 2000;

    /// <summary>Whether the store has copies to find for posts stored before copy detection.</summary>
    public Task<bool> IsPendingAsync(CancellationToken ct = default) => db.PendingCopyBackfill.AnyAsync(ct);

    /// <summary>
    /// Runs the backfill to its end when it is pending; returns the ids of the posts whose copies changed (for the
    /// index), empty when nothing was pending.
    /// </summary>
    public Task<IReadOnlyCollection<string>> RunAsync(CancellationToken ct = default) => RunAsync(int.MaxValue, PostsPerTransaction, ct);

    /// <summary>As <see cref="RunAsync(CancellationToken)"/>, stopping after <paramref name="transactions"/> transactions (a run cut short).</summary>
    internal async Task<IReadOnlyCollection<string>> RunAsync(int transactions, int postsPerTransaction, CancellationToken ct)
    {
        if (!await IsPendingAsync(ct))
        {
            return [];
        }
        // Two batches' worth at least, so that a full page always ends after a whole batch and the next starts with one.
        var limit = Math.Max(postsPerTransaction, 2 * ReadAhead.BatchSize);
        var clock = Stopwatch.StartNew();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var (read, signed, pairs) = (0, 0, 0);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var writer = new PostWriter(connection, []);
            using var marked = new PreparedStatement(connection, Sql.Marked);
            using var posts = new PreparedStatement(connection, Sql.PostsAfter);
            using var move = new PreparedStatement(connection, Sql.MoveMark);
            using var clear = new PreparedStatement(connection, Sql.ClearMark);
            var copies = new CopyFinder();
            var after = marked.Query(row => row.Integer(0)).FirstOrDefault();
            var done = false;
            for (var t = 0; t < transactions && !done; t++)
            {
                ct.ThrowIfCancellationRequested();
                posts.Bind("$after", after);
                posts.Bind("$limit", (long)limit);
                var page = posts.Query(row => new StoredText(row.Integer(0), row.Text(1)!, row.Integer(2), row.Integer(3), row.Text(4)!, row.Integer(5) != 0));
                done = page.Count < limit;
                if (!done)
                {
                    page = WithoutLastBatch(page);
                }
                writer.Begin();
                try
                {
                    var signatures = Signatures(page);
                    for (var i = 0; i < page.Count; i++)
                    {
                        if (page[i].Signed || signatures[i] is not { } signature)
                        {
                            continue;
                        }
                        signed++;
                        var found = copies.Add(writer, page[i].Key, signature, touched);
                        if (found > 0)
                        {
                            touched.Add(page[i].Id);
                            pairs += found;
                        }
                    }
                    if (done)
                    {
                        clear.Execute();
                    }
                    else
                    {
                        after = page[^1].Key;
                        move.Bind("$after", after);
                        move.Execute();
                    }
                    writer.Commit();
                }
                catch
                {
                    writer.Rollback();
                    throw;
                }
                read += page.Count;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        LogBackfilled(read, signed, pairs, touched.Count, clock.ElapsedMilliseconds);
        return touched;
    }

    // The posts an ingest read together (a file's batch of 64) get their signatures together, so that a line several of
    // them carry is left out as it was, and the signatures are the ones an ingest of the same files would have stored.
    private static byte[]?[] Signatures(List<StoredText> page)
    {
        var signatures = new byte[]?[page.Count];
        foreach (var batch in Enumerable.Range(0, page.Count).GroupBy(i => (page[i].SourceFileId, page[i].SourceIndex / ReadAhead.BatchSize)))
        {
            var positions = batch.ToList();
            var texts = CopySignature.Of(positions.ConvertAll(i => page[i].Text));
            for (var j = 0; j < positions.Count; j++)
            {
                signatures[positions[j]] = texts[j];
            }
        }
        return signatures;
    }

    // A full page may end inside a file's batch: those last posts wait for the next page, which reads the batch whole.
    private static List<StoredText> WithoutLastBatch(List<StoredText> page)
    {
        var last = page[^1];
        var keep = page.Count;
        while (keep > 0 && page[keep - 1].SourceFileId == last.SourceFileId
            && page[keep - 1].SourceIndex / ReadAhead.BatchSize == last.SourceIndex / ReadAhead.BatchSize)
        {
            keep--;
        }
        // A page made of one batch only (posts moved into one block of a file, past what one read of it holds) is taken as it is.
        return keep == 0 ? page : page[..keep];
    }

    private sealed record StoredText(long Key, string Id, long SourceFileId, long SourceIndex, string Text, bool Signed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copies backfilled for posts stored before copy detection: {Read} posts read, {Signatures} signatures written, {Pairs} copy pairs found, {Changed} posts' copies changed, in {ElapsedMs} ms")]
    private partial void LogBackfilled(int read, int signatures, int pairs, int changed, long elapsedMs);

    /// <summary>The backfill's statements (the signatures and pairs go through <see cref="PostWriter"/>'s).</summary>
    internal static class Sql
    {
        public const string Marked = "SELECT AfterKey FROM PendingCopyBackfill WHERE Id = 1";

        public const string PostsAfter = """
            SELECT p."Key", p.Id, p.SourceFileId, p.SourceIndex, p.Text,
                EXISTS (SELECT 1 FROM CopySignatures AS s WHERE s.PostKey = p."Key")
            FROM Posts AS p WHERE p."Key" > $after ORDER BY p."Key" LIMIT $limit
            """;

        public const string MoveMark = "UPDATE PendingCopyBackfill SET AfterKey = $after WHERE Id = 1";

        public const string ClearMark = "DELETE FROM PendingCopyBackfill";
    }
}
