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
public sealed partial class DumpIngester(ArchiveDbContext db, DumpReader reader, ParseOptions parseOptions, ILogger<DumpIngester> logger)
{
    // Hashtag ids outlive a file's transaction only when it commits; a rollback clears them.
    private readonly Dictionary<string, int> _hashtagIds = new(StringComparer.Ordinal);

    // The channels' stored posts a dump's posts are matched against: read once per channel in a run of files, not once
    // per file. Let go when the run ends, before an import goes on to rebuild the index.
    private readonly ContentPostsCache _contentPosts = new();

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
            LogIngested(path, known.Format ?? "?", 0, known.PostCount, 0, clock.ElapsedMilliseconds);
            return new FileIngestResult(path, known.Format, 0, known.PostCount, 0, null, []) { Skipped = true };
        }

        // A file's transaction inserts into several indexes keyed by random ids; the default 2 MB page cache thrashes on that.
        // Foreign-key checks cost a quarter of the insert time and the writer only links rows it just wrote or read, so they are
        // off for the transaction (SQLite ignores the pragma inside one) and back on after.
        // synchronous is per connection (not in the file), so it is set here too, whichever connection the pool hands out.
        // Each checkpoint fsyncs; the default one every 4 MB of WAL means dozens in a large ingest, one every 64 MB a few.
        writer.Run("PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384;");
        try
        {
            return await IngestChangedFileAsync(read, writer, fileHash, known is not null, channelOverride, clock);
        }
        finally
        {
            writer.Run("PRAGMA foreign_keys = ON;");
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
            _contentPosts.Validate(writer);
            var run = new FileRun(writer, _contentPosts, IngestPaths.ChannelFor(path, channelOverride), hadPosts: seenBefore, DateTimeOffset.UtcNow);
            run.SourceFileId = writer.UpsertSourceFile(path, fileHash, format, run.Now, 0, null);
            foreach (var post in read.Posts())
            {
                run.Add(post);
            }
            run.PairRemaining();
            writer.UpsertSourceFile(path, fileHash, format, run.Now, run.Read, null);
            writer.Commit();
            _contentPosts.Apply(run.ContentChanges);
            LogIngested(path, format, run.New, run.Unchanged, run.Updated, clock.ElapsedMilliseconds);
            return new FileIngestResult(path, format, run.New, run.Unchanged, run.Updated, null, run.Changed);
        }
        catch (Exception e) when (e is InvalidDumpException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            writer.Rollback();
            _hashtagIds.Clear();
            _contentPosts.Clear();
            var reason = e is InvalidDumpException ? e.Message : Unreadable(e);
            return Reject(writer, path, fileHash, format, reason);
        }
        catch
        {
            writer.Rollback();
            _hashtagIds.Clear();
            _contentPosts.Clear();
            throw;
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File} as {Format}: {New} new, {Unchanged} unchanged, {Updated} updated in {ElapsedMs} ms")]
    private partial void LogIngested(string file, string format, int @new, int unchanged, int updated, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {File}: {Reason}")]
    private partial void LogRejected(string file, string reason);

    /// <summary>The state of one file's ingest: which stored posts are claimed, what is new, what waits for pairing.</summary>
    private sealed class FileRun(PostWriter writer, ContentPostsCache contentPosts, string fileChannel, bool hadPosts, DateTimeOffset now)
    {
        public PostWriter Writer { get; } = writer;
        public DateTimeOffset Now { get; } = now;
        public int SourceFileId { get; set; }
        public int Read { get; private set; }
        public int New { get; private set; }
        public int Unchanged { get; private set; }
        public int Updated { get; private set; }
        public List<string> Changed { get; } = [];

        /// <summary>What this file did to the stored posts without message ids: (the post as it was or null, as it is now).</summary>
        public List<(int ChannelId, StoredPost? Old, StoredPost New)> ContentChanges { get; } = [];

        private readonly Dictionary<string, ChannelState> _channels = new(StringComparer.Ordinal);

        // Only a file seen before can hold edits; for it, unmatched posts wait for the end, when every exact match is known.
        private readonly List<(PreparedPost Post, ChannelState Channel, int Occurrence)> _unmatched = [];
        private readonly Dictionary<int, int> _oldIndexOfNew = [];

        public void Add(PreparedPost prepared)
        {
            Read++;
            var post = prepared.Post;
            var hash = prepared.ContentHash;
            var channel = Channel(post.Channel);
            if (post.MessageId is { } messageId)
            {
                if (channel.ByMessage(Writer).Remove(messageId, out var stored))
                {
                    Reconcile(channel, stored, prepared);
                }
                else
                {
                    Insert(channel, prepared, attempt => PostKeys.ForMessage(channel.Key, messageId, attempt));
                }
                return;
            }

            var occurrence = channel.Occurrences.GetValueOrDefault(hash);
            channel.Occurrences[hash] = occurrence + 1;
            if (channel.ClaimByContent(Writer, hash, SourceFileId) is { } match)
            {
                if (match.SourceFileId == SourceFileId)
                {
                    _oldIndexOfNew[post.SourceIndex] = match.SourceIndex;
                }
                Reconcile(channel, match, prepared);
            }
            else if (hadPosts)
            {
                _unmatched.Add((prepared, channel, occurrence));
            }
            else
            {
                InsertByContent(channel, prepared, occurrence);
            }
        }

        /// <summary>
        /// Pairs each post no exact match took with a left-over stored post of this file in its place
        /// (after the stored post its predecessor matched, before the one its successor matched, or at its index)
        /// when the texts are alike: that is an edit. The rest are new.
        /// </summary>
        public void PairRemaining()
        {
            if (_unmatched.Count == 0)
            {
                return;
            }
            var leftOvers = new Dictionary<ChannelState, Dictionary<int, StoredPost>>();
            foreach (var (prepared, channel, occurrence) in _unmatched)
            {
                var post = prepared.Post;
                if (!leftOvers.TryGetValue(channel, out var leftOver))
                {
                    leftOver = channel.LeftOverInFile(Writer, SourceFileId);
                    leftOvers[channel] = leftOver;
                }
                StoredPost? edited = null;
                foreach (var candidate in Candidates(post.SourceIndex))
                {
                    if (leftOver.TryGetValue(candidate, out var stored)
                        && TextSimilarity.Words(Writer.Text(stored.Key) ?? "", post.Text) >= TextSimilarity.EditThreshold)
                    {
                        edited = stored;
                        break;
                    }
                }
                if (edited is not null)
                {
                    leftOver.Remove(edited.SourceIndex);
                    channel.Release(edited);
                    _oldIndexOfNew[post.SourceIndex] = edited.SourceIndex;
                    Reconcile(channel, edited, prepared);
                }
                else
                {
                    InsertByContent(channel, prepared, occurrence);
                }
            }
        }

        // Only posts without message ids are matched by content; the others are found by their message ids.
        private void Record(ChannelState channel, StoredPost? old, StoredPost now)
        {
            if (now.MessageId is null)
            {
                ContentChanges.Add((channel.Id, old, now));
            }
        }

        private IEnumerable<int> Candidates(int index)
        {
            if (_oldIndexOfNew.TryGetValue(index - 1, out var before))
            {
                yield return before + 1;
            }
            if (_oldIndexOfNew.TryGetValue(index + 1, out var after))
            {
                yield return after - 1;
            }
            yield return index;
        }

        private void Reconcile(ChannelState channel, StoredPost stored, PreparedPost prepared)
        {
            var post = prepared.Post;
            var sameFile = stored.SourceFileId == SourceFileId;
            if (stored.Fingerprint == prepared.Fingerprint)
            {
                if (sameFile && stored.SourceIndex != post.SourceIndex)
                {
                    Writer.Move(stored.Key, post.SourceIndex);
                    Record(channel, stored, stored with { SourceIndex = post.SourceIndex });
                }
                Unchanged++;
                return;
            }
            // A post another file brought keeps its place there; only its content follows the newer version.
            var sourceIndex = sameFile ? post.SourceIndex : stored.SourceIndex;
            Writer.Update(stored.Key, stored.SourceFileId, sourceIndex, prepared, Now);
            Record(channel, stored, stored with { ContentHash = prepared.ContentHash, Fingerprint = prepared.Fingerprint, SourceIndex = sourceIndex });
            Updated++;
            Changed.Add(stored.Id);
        }

        private void InsertByContent(ChannelState channel, PreparedPost prepared, int occurrence) =>
            Insert(channel, prepared, attempt => PostKeys.ForContent(channel.Key, prepared.ContentHash, occurrence + attempt));

        private void Insert(ChannelState channel, PreparedPost prepared, Func<int, string> idFor)
        {
            // An id is taken when an edited post kept it while its old content came back, or on a true collision: try the next.
            for (var attempt = 0; ; attempt++)
            {
                var id = idFor(attempt);
                if (Writer.TryInsert(id, channel.Id, SourceFileId, prepared, Now) is { } key)
                {
                    Record(channel, null, new StoredPost(key, id, prepared.ContentHash, prepared.Fingerprint, SourceFileId,
                        prepared.Post.SourceIndex, prepared.Post.MessageId));
                    New++;
                    Changed.Add(id);
                    return;
                }
            }
        }

        private ChannelState Channel(ParsedChannel? named)
        {
            var name = named?.Name ?? fileChannel;
            if (!_channels.TryGetValue(name, out var state))
            {
                var id = Writer.ChannelId(name, named?.Username, named?.ExternalId);
                state = new ChannelState(id, named?.ExternalId?.ToString() ?? name, contentPosts);
                _channels[name] = state;
            }
            return state;
        }
    }

    /// <summary>One channel's stored posts as this file's ingest sees them: unclaimed ones are still open to matching.</summary>
    private sealed class ChannelState(int id, string key, ContentPostsCache contentPosts)
    {
        public int Id { get; } = id;

        /// <summary>What post ids are derived from: the export's chat id, else the channel name.</summary>
        public string Key { get; } = key;

        /// <summary>How many times each content hash has appeared in this file so far.</summary>
        public Dictionary<string, int> Occurrences { get; } = new(StringComparer.Ordinal);

        // The shared lists stay as the store was before this file; what the file takes is noted here.
        private readonly HashSet<long> _claimed = [];
        private Dictionary<string, List<StoredPost>>? _byContent;
        private Dictionary<long, StoredPost>? _byMessage;

        private Dictionary<string, List<StoredPost>> ByContent(PostWriter writer) => _byContent ??= contentPosts.Of(writer, Id);

        public Dictionary<long, StoredPost> ByMessage(PostWriter writer) =>
            _byMessage ??= writer.MessagePosts(Id).ToDictionary(p => p.MessageId!.Value);

        /// <summary>Takes a stored post with this content, preferring one from the same file, earliest first.</summary>
        public StoredPost? ClaimByContent(PostWriter writer, string hash, int sourceFileId)
        {
            if (!ByContent(writer).TryGetValue(hash, out var posts))
            {
                return null;
            }
            StoredPost? claimed = null;
            foreach (var post in posts)
            {
                if (!_claimed.Contains(post.Key) && (claimed is null || (post.SourceFileId == sourceFileId && claimed.SourceFileId != sourceFileId)))
                {
                    claimed = post;
                }
            }
            if (claimed is not null)
            {
                _claimed.Add(claimed.Key);
            }
            return claimed;
        }

        /// <summary>The stored posts of the file no exact match took, by their old index.</summary>
        public Dictionary<int, StoredPost> LeftOverInFile(PostWriter writer, int sourceFileId) =>
            ByContent(writer).Values.SelectMany(p => p)
                .Where(p => p.SourceFileId == sourceFileId && !_claimed.Contains(p.Key)).ToDictionary(p => p.SourceIndex);

        public void Release(StoredPost post) => _claimed.Add(post.Key);
    }

    /// <summary>
    /// The stored posts without message ids of each channel an ingest has read, by content hash, in the order of their
    /// file and place, kept in step with the ingest's own commits. Another connection's commit empties it.
    /// </summary>
    /// <remarks>
    /// Reading them from the store for every file made an ingest of many dumps of one channel quadratic: with the 100
    /// files of the 100k corpus in one channel, storing took 49 s instead of 5.
    /// </remarks>
    private sealed class ContentPostsCache
    {
        // Channels kept, the ones used last: one channel's dumps keep it, and many channels do not fill the memory.
        private const int MaxChannels = 8;

        private readonly Dictionary<int, Dictionary<string, List<StoredPost>>> _channels = [];
        private readonly Dictionary<int, long> _lastUse = [];
        private long _uses;
        private (object? Handle, long Version) _seen;

        /// <summary>Inside a file's transaction, before any read: forgets everything another connection may have changed.</summary>
        public void Validate(PostWriter writer)
        {
            var now = writer.DataVersion();
            if (!ReferenceEquals(now.Handle, _seen.Handle) || now.Version != _seen.Version)
            {
                _channels.Clear();
                _seen = now;
            }
        }

        /// <summary>The channel's stored posts by content hash; read once per file by the caller.</summary>
        public Dictionary<string, List<StoredPost>> Of(PostWriter writer, int channelId)
        {
            if (_channels.TryGetValue(channelId, out var byContent))
            {
                _lastUse[channelId] = ++_uses;
                return byContent;
            }
            // In file and place order, as the store gives them.
            byContent = writer.ContentPosts(channelId).GroupBy(p => p.ContentHash)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            // A channel with no stored posts yet is not kept (it is read again, empty or not, by its next file): when
            // every file is a channel of its own, keeping each file's posts alive cost the GC a fifth more work.
            if (byContent.Count > 0)
            {
                if (_channels.Count == MaxChannels)
                {
                    var oldest = _channels.Keys.MinBy(id => _lastUse[id]);
                    _channels.Remove(oldest);
                    _lastUse.Remove(oldest);
                }
                _channels[channelId] = byContent;
                _lastUse[channelId] = ++_uses;
            }
            return byContent;
        }

        /// <summary>Takes in what a committed file changed, for the channels already read (the others are read when needed).</summary>
        public void Apply(List<(int ChannelId, StoredPost? Old, StoredPost New)> changes)
        {
            foreach (var (channelId, old, now) in changes)
            {
                if (!_channels.TryGetValue(channelId, out var byContent))
                {
                    continue;
                }
                if (old is not null && byContent.TryGetValue(old.ContentHash, out var was))
                {
                    was.RemoveAll(p => p.Key == old.Key);
                }
                if (!byContent.TryGetValue(now.ContentHash, out var posts))
                {
                    byContent[now.ContentHash] = posts = [];
                }
                var at = posts.FindIndex(p => (p.SourceFileId, p.SourceIndex).CompareTo((now.SourceFileId, now.SourceIndex)) > 0);
                posts.Insert(at < 0 ? posts.Count : at, now);
            }
        }

        public void Clear()
        {
            _channels.Clear();
            _lastUse.Clear();
        }
    }
}
