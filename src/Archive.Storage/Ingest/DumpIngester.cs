using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Archive.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Storage.Ingest;

/// <summary>
/// Brings one dump file into the store in one transaction: new posts inserted, known ones left alone,
/// edited ones updated under their old id, missing ones kept.
/// </summary>
/// <remarks>
/// The file is read ahead on a second thread (<see cref="ReadAhead"/>); each post, as it comes, goes to the
/// <see cref="PostReconciler"/>, which says what it is to the store, and its decision to the <see cref="PostWriter"/>.
/// </remarks>
public sealed partial class DumpIngester(ArchiveDbContext db, DumpReader reader, ParseOptions parseOptions, ILogger<DumpIngester> logger)
{
    // Hashtag ids outlive a file's transaction only when it commits; a rollback clears them.
    private readonly Dictionary<string, int> _hashtagIds = new(StringComparer.Ordinal);

    // The channels' stored posts a dump's posts are matched against: read once per channel in a run of files, not once
    // per file. Let go when the run ends, before an import goes on to rebuild the index.
    private readonly ContentPostsCache _contentPosts = new();

    // The run's lookup of copy signatures: built once per run, let go when it ends, like the cache above.
    private readonly CopyFinder _copies = new();

    /// <summary>Ingests <paramref name="path"/>; bad input comes back as a rejected result (and is recorded), never as an exception.</summary>
    /// <remarks>
    /// While another connection holds the store's write lock it waits (up to 30 s) on the thread it runs on, which may be
    /// the caller's: the file's work is synchronous SQLite once its hash is known.
    /// </remarks>
    public async Task<FileIngestResult> IngestFileAsync(string path, string? channelOverride = null, CancellationToken ct = default)
    {
        using var read = ReadAhead.Start(Path.GetFullPath(path), reader, parseOptions, after: null, parseAhead: _ => false, ct);
        try
        {
            return await IngestAsync(read, channelOverride, ct);
        }
        finally
        {
            _contentPosts.Clear();
            _copies.Clear();
        }
    }

    /// <summary>
    /// Ingests <paramref name="paths"/> in order, one transaction each, as <see cref="IngestFileAsync"/> would; the next file
    /// is hashed and parsed while the current one is written (one file ahead at most). Enumerate the results to run it.
    /// </summary>
    public async IAsyncEnumerable<FileIngestResult> IngestFilesAsync(
        IReadOnlyList<string> paths, string? channelOverride = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (paths.Count == 0)
        {
            yield break;
        }
        // Which files are in the store as they are now, to parse ahead only those that will be read (the check that
        // decides stays in IngestAsync: this is a snapshot, and a wrong guess costs only time).
        var stored = await db.SourceFiles.AsNoTracking().Where(s => s.Error == null)
            .Select(s => new { s.Path, s.ContentHash }).ToDictionaryAsync(s => s.Path, s => s.ContentHash, StringComparer.Ordinal, ct);
        ReadAhead Start(string path, Task? after)
        {
            path = Path.GetFullPath(path);
            return ReadAhead.Start(path, reader, parseOptions, after, hash => stored.GetValueOrDefault(path) != hash, ct);
        }

        ReadAhead? next = Start(paths[0], after: null);
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                using var current = next!;
                next = i + 1 < paths.Count ? Start(paths[i + 1], current.Completion) : null;
                yield return await IngestAsync(current, channelOverride, ct);
            }
        }
        finally
        {
            next?.Dispose();
            _contentPosts.Clear();
            _copies.Clear();
        }
    }

    private async Task<FileIngestResult> IngestAsync(ReadAhead read, string? channelOverride, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var path = read.Path;
        string fileHash;
        string? unreadable = null;
        try
        {
            fileHash = await read.ContentHash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (fileHash, unreadable) = ("", Unreadable(e));
        }

        // From here the file's work goes straight to SQLite on the context's connection, as the writer's rows do:
        // EF's query and transaction machinery, run a few times per file, became hot enough for the tiering JIT to
        // recompile hundreds of its methods in the middle of an ingest.
        using var writer = new PostWriter(await OpenConnectionAsync(ct), _hashtagIds);
        if (unreadable is not null)
        {
            return Reject(writer, path, fileHash, null, unreadable);
        }
        var known = writer.SourceFile(path);
        if (known is not null && known.Error is null && known.ContentHash == fileHash)
        {
            LogIngested(path, known.Format ?? "?", 0, known.PostCount, 0, 0, clock.ElapsedMilliseconds);
            return new FileIngestResult(path, known.Format, 0, known.PostCount, 0, null, [])
            {
                Skipped = true,
                StoredUnder = StoredUnderAnotherChannel(writer, known, path, channelOverride),
            };
        }

        writer.PrepareForBulkWrite();
        try
        {
            return await IngestChangedFileAsync(read, writer, fileHash, known is not null, channelOverride, clock);
        }
        finally
        {
            writer.EnforceForeignKeys();
        }
    }

    private async Task<FileIngestResult> IngestChangedFileAsync(
        ReadAhead read, PostWriter writer, string fileHash, bool seenBefore, string? channelOverride, Stopwatch clock)
    {
        var path = read.Path;
        string? format = null;
        writer.Begin();
        try
        {
            format = await read.OpenAsync();
            if (_contentPosts.Validate(writer))
            {
                _copies.Clear();
            }
            var now = DateTimeOffset.UtcNow;
            var sourceFileId = writer.UpsertSourceFile(path, fileHash, format, now, 0, null);
            var changes = WritePosts(read, writer, sourceFileId, seenBefore, IngestPaths.ChannelFor(path, channelOverride), now);
            writer.UpsertSourceFile(path, fileHash, format, now, changes.Read, null);
            writer.Commit();
            _contentPosts.Apply(changes.ContentChanges);
            LogIngested(path, format, changes.New, changes.Unchanged, changes.Updated, changes.Copies, clock.ElapsedMilliseconds);
            changes.CopiesChanged.ExceptWith(changes.ChangedIds);
            return new FileIngestResult(path, format, changes.New, changes.Unchanged, changes.Updated, null, changes.ChangedIds)
            {
                CopiesChangedPostIds = [.. changes.CopiesChanged],
            };
        }
        catch (Exception e) when (e is InvalidDumpException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            writer.Rollback();
            _hashtagIds.Clear();
            _contentPosts.Clear();
            _copies.Clear();
            var reason = e is InvalidDumpException ? e.Message : Unreadable(e);
            return Reject(writer, path, fileHash, format, reason);
        }
        catch
        {
            writer.Rollback();
            _hashtagIds.Clear();
            _contentPosts.Clear();
            _copies.Clear();
            throw;
        }
    }

    /// <summary>Asks the reconciler about each post as it is read, and has the writer carry out each decision.</summary>
    private FileChanges WritePosts(ReadAhead read, PostWriter writer, int sourceFileId, bool seenBefore, string fileChannel, DateTimeOffset now)
    {
        var reconciler = new PostReconciler(new TransactionReads(writer, _contentPosts), sourceFileId, seenBefore);
        var channels = new Dictionary<string, PostReconciler.ChannelState>(StringComparer.Ordinal);
        var changes = new FileChanges();
        foreach (var post in read.Posts())
        {
            changes.Read++;
            var named = post.Post.Channel;
            var name = named?.Name ?? fileChannel;
            if (!channels.TryGetValue(name, out var channel))
            {
                channel = reconciler.Channel(writer.ChannelId(name, named?.Username, named?.ExternalId), named?.ExternalId?.ToString() ?? name);
                channels[name] = channel;
            }
            var decision = reconciler.Decide(post, channel);
            if (decision.Action != PostAction.Pending)
            {
                Carry(decision);
            }
        }
        foreach (var decision in reconciler.DecidePending())
        {
            Carry(decision);
        }
        return changes;

        void Carry(in PostDecision decision)
        {
            var stored = writer.Apply(decision, sourceFileId, now);
            changes.Add(decision, stored);
            if (stored is not null)
            {
                changes.Copies += _copies.Find(writer, decision, stored.Key, changes.CopiesChanged);
            }
        }
    }

    /// <summary>
    /// For an unchanged file the run names another channel for than the one its posts are stored under: that channel
    /// (logged), so the user learns that nothing moved and how to move it. Null otherwise, and for exports, which name
    /// their own channels.
    /// </summary>
    private ChannelMismatch? StoredUnderAnotherChannel(PostWriter writer, KnownFile known, string path, string? channelOverride)
    {
        if (known.PostCount == 0 || reader.Formats.Any(f => f.Name == known.Format && f.NamesItsChannels))
        {
            return null;
        }
        var asked = IngestPaths.ChannelFor(path, channelOverride);
        // The common case, the same channel as before, in two seeks; only a file under another reads every channel's.
        if (writer.FileIsInChannel(known.Id, asked))
        {
            return null;
        }
        var stored = writer.ChannelsOfFile(known.Id);
        if (stored.Count != 1 || stored[0] == asked)
        {
            return null;
        }
        var mismatch = new ChannelMismatch(stored[0], asked);
        LogStoredUnderAnotherChannel(path, mismatch.Stored, mismatch.Asked, mismatch.RenameCommand);
        return mismatch;
    }

    private FileIngestResult Reject(PostWriter writer, string path, string fileHash, string? format, string reason)
    {
        LogRejected(path, reason);
        writer.Begin();
        writer.UpsertSourceFile(path, fileHash, format, DateTimeOffset.UtcNow, 0, reason);
        writer.Commit();
        return FileIngestResult.Rejection(path, format, reason);
    }

    /// <summary>The context's connection, opened by EF once (it then stays open until the context is disposed).</summary>
    private async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        return connection;
    }

    private static string Unreadable(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        DecoderFallbackException => "invalid text encoding (cut in the middle of a character?)",
        _ => $"cannot be read: {e.Message}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File} as {Format}: {New} new, {Unchanged} unchanged, {Updated} updated, {Copies} copies found in {ElapsedMs} ms")]
    private partial void LogIngested(string file, string format, int @new, int unchanged, int updated, int copies, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is unchanged and stored under channel {StoredChannel}, not {AskedChannel}; to rename: {Command}")]
    private partial void LogStoredUnderAnotherChannel(string file, string storedChannel, string askedChannel, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {File}: {Reason}")]
    private partial void LogRejected(string file, string reason);

    /// <summary>The store as the reconciler reads it inside a file's transaction: posts without message ids through the run's cache.</summary>
    private sealed class TransactionReads(PostWriter writer, ContentPostsCache contentPosts) : IStoredPosts
    {
        public Dictionary<string, List<StoredPost>> ContentPosts(int channelId) => contentPosts.Of(writer, channelId);

        public List<StoredPost> MessagePosts(int channelId) => writer.MessagePosts(channelId);

        public string? Text(long key) => writer.Text(key);
    }

    /// <summary>What a file's decisions came to: its result's counts and changed ids, and what the cache must take in.</summary>
    private sealed class FileChanges
    {
        public int Read { get; set; }
        public int New { get; private set; }
        public int Unchanged { get; private set; }
        public int Updated { get; private set; }
        public List<string> ChangedIds { get; } = [];

        /// <summary>Copies found between the file's posts and others (each pair once).</summary>
        public int Copies { get; set; }

        /// <summary>Posts whose set of copies the file changed: the ones it inserted or updated, and older ones they copy.</summary>
        public HashSet<string> CopiesChanged { get; } = new(StringComparer.Ordinal);

        /// <summary>What this file did to the stored posts without message ids: (the post as it was or null, as it is now).</summary>
        public List<(int ChannelId, StoredPost? Old, StoredPost New)> ContentChanges { get; } = [];

        /// <summary>Counts a decision carried out; <paramref name="now"/> is the stored post as it is after it, null when untouched.</summary>
        public void Add(in PostDecision decision, StoredPost? now)
        {
            switch (decision.Action)
            {
                case PostAction.Insert:
                    New++;
                    ChangedIds.Add(now!.Id);
                    break;
                case PostAction.Update:
                    Updated++;
                    ChangedIds.Add(decision.Stored!.Id);
                    break;
                default:
                    Unchanged++;
                    break;
            }
            // Only posts without message ids are matched by content; the others are found by their message ids.
            if (now is { MessageId: null })
            {
                ContentChanges.Add((decision.Channel.Id, decision.Stored, now));
            }
        }
    }
}
