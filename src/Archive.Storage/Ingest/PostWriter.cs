using System.Data.Common;
using Archive.Parsing;
using Archive.Storage.Copies;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Archive.Storage.Ingest;

/// <summary>
/// The hot path of an ingest: prepared SQLite statements inside one file's transaction.
/// EF's change tracker costs more per row than the whole insert, so rows go in by hand; EF owns the schema and the reads.
/// </summary>
internal sealed class PostWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, int> _hashtagIds;

    // Keyed by the statement's text, by reference: each is a const of Sql, one string object, so a lookup does not hash it.
    private readonly Dictionary<object, PreparedStatement> _statements = new(ReferenceEqualityComparer.Instance);

    /// <summary>A writer for the open transaction of <paramref name="connection"/> (its statements run inside it).</summary>
    public PostWriter(DbConnection connection, Dictionary<string, int> hashtagIds)
    {
        _connection = (SqliteConnection)connection;
        _hashtagIds = hashtagIds;
        // The statements here do not retry on a busy store as Microsoft.Data.Sqlite's commands do: SQLite waits instead.
        raw.sqlite3_busy_timeout(_connection.Handle, 30_000);
    }

    /// <summary>Starts the file's transaction, taking the write lock at once (as Microsoft.Data.Sqlite's transactions do).</summary>
    public void Begin() => Command(Sql.Begin).Execute();

    public void Commit() => Command(Sql.Commit).Execute();

    /// <summary>Rolls the open transaction back; nothing to do when SQLite already did (it does on some errors, such as a full disk).</summary>
    public void Rollback()
    {
        if (raw.sqlite3_get_autocommit(_connection.Handle) == 0)
        {
            Command(Sql.Rollback).Execute();
        }
    }

    /// <summary>Sets the connection up for a file's transaction; <see cref="EnforceForeignKeys"/> undoes the part that must not outlive it.</summary>
    public void PrepareForBulkWrite()
    {
        // A file's transaction inserts into several indexes keyed by random ids; the default 2 MB page cache thrashes on that.
        // Foreign-key checks cost much of the insert time and the writer only links rows it just wrote or read, so they are
        // off for the transaction (SQLite ignores the pragma inside one) and back on after.
        // synchronous is per connection (not in the file), so it is set here too, whichever connection the pool hands out.
        // Each checkpoint fsyncs; the default one every 4 MB of WAL means dozens in a large ingest, one every 64 MB a few.
        Run(Sql.LargeCache);
        Run(Sql.ForeignKeysOff);
        Run(Sql.SynchronousNormal);
        Run(Sql.RareCheckpoints);
    }

    /// <summary>Turns foreign-key checks back on for the connection (outside a transaction).</summary>
    public void EnforceForeignKeys() => Run(Sql.ForeignKeysOn);

    // Once, without a prepared statement kept for it.
    private void Run(string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(_connection.Handle, sql), _connection.Handle);

    /// <summary>What the store knows of the file at <paramref name="path"/>, or null when it has never seen it.</summary>
    public KnownFile? SourceFile(string path)
    {
        var command = Command(Sql.KnownFile);
        command.Bind("$path", path);
        return command.Query(row => new KnownFile((int)row.Integer(4), row.Text(0)!, row.Text(1), (int)row.Integer(2), row.Text(3)))
            .FirstOrDefault();
    }

    /// <summary>True when channel <paramref name="channel"/> holds a post of source file <paramref name="sourceFileId"/> (two seeks).</summary>
    public bool FileIsInChannel(int sourceFileId, string channel)
    {
        var command = Command(Sql.FileInChannel);
        command.Bind("$file", sourceFileId);
        command.Bind("$name", channel);
        return command.Query(row => row.Integer(0)).Count > 0;
    }

    /// <summary>The channels the posts of source file <paramref name="sourceFileId"/> are stored under (a seek per channel).</summary>
    public List<string> ChannelsOfFile(int sourceFileId)
    {
        var command = Command(Sql.ChannelsOfFile);
        command.Bind("$file", sourceFileId);
        return command.Query(row => row.Text(0)!);
    }

    /// <summary>The source file's row (created or reset to this content); returns its id.</summary>
    public int UpsertSourceFile(string path, string contentHash, string? format, DateTimeOffset now, int postCount, string? error)
    {
        var command = Command(Sql.UpsertSourceFile);
        command.Bind("$path", path);
        command.Bind("$name", Path.GetFileName(path));
        command.Bind("$hash", contentHash);
        command.Bind("$format", format);
        command.Bind("$now", now);
        command.Bind("$count", postCount);
        command.Bind("$error", error);
        return (int)command.ExecuteScalar()!.Value;
    }

    /// <summary>The id of the channel named <paramref name="channel"/>, created when new; export details fill in what is known.</summary>
    public int ChannelId(string name, string? username, long? externalId)
    {
        var command = Command(Sql.UpsertChannel);
        command.Bind("$name", name);
        command.Bind("$username", username);
        command.Bind("$external", externalId);
        return (int)command.ExecuteScalar()!.Value;
    }

    /// <summary>
    /// Carries out one of a <see cref="PostReconciler"/>'s decisions (not a pending one) for a post of the file
    /// <paramref name="sourceFileId"/>; returns the stored post as it is now, or null when it was left as it was.
    /// </summary>
    public StoredPost? Apply(in PostDecision decision, int sourceFileId, DateTimeOffset now)
    {
        var prepared = decision.Post;
        var stored = decision.Stored;
        switch (decision.Action)
        {
            case PostAction.Insert:
                for (var attempt = 0; ; attempt++)
                {
                    var id = decision.IdFor(attempt);
                    if (TryInsert(id, decision.Channel.Id, sourceFileId, prepared, now) is { } key)
                    {
                        return new StoredPost(key, id, prepared.ContentHash, prepared.Fingerprint, sourceFileId,
                            prepared.Post.SourceIndex, prepared.Post.MessageId);
                    }
                }
            case PostAction.Move:
                Move(stored!.Key, decision.SourceIndex);
                return stored with { SourceIndex = decision.SourceIndex };
            case PostAction.Update:
                Update(stored!.Key, stored.SourceFileId, decision.SourceIndex, prepared, now);
                return stored with { ContentHash = prepared.ContentHash, Fingerprint = prepared.Fingerprint, SourceIndex = decision.SourceIndex };
            case PostAction.Keep:
                return null;
            default:
                throw new InvalidOperationException($"A {decision.Action} decision cannot be carried out.");
        }
    }

    /// <summary>Inserts a post with its hashtags, reactions and dates and returns its key; null when the id is taken (the caller picks another).</summary>
    private long? TryInsert(string id, int channelId, int sourceFileId, PreparedPost post, DateTimeOffset now)
    {
        var command = Command(Sql.InsertPost);
        command.Bind("$id", id);
        command.Bind("$channel", channelId);
        SetFields(command, sourceFileId, post.Post.SourceIndex, post, now);
        if (!command.TryExecute())
        {
            return null;
        }
        var key = command.LastInsertRowId;
        InsertChildren(key, post.Post);
        return key;
    }

    /// <summary>Rewrites an existing post (same id, same key) from a newer version of it, placed at <paramref name="sourceIndex"/> of its source file.</summary>
    private void Update(long key, int sourceFileId, int sourceIndex, PreparedPost post, DateTimeOffset now)
    {
        var command = Command(Sql.UpdatePost);
        command.Bind("$key", key);
        SetFields(command, sourceFileId, sourceIndex, post, now);
        command.Execute();
        DeleteChildren(Sql.DeleteReactions, key);
        DeleteChildren(Sql.DeleteMentionedDates, key);
        DeleteChildren(Sql.DeletePostHashtags, key);
        InsertChildren(key, post.Post);
    }

    private void DeleteChildren(string sql, long key)
    {
        var delete = Command(sql);
        delete.Bind("$key", key);
        delete.Execute();
    }

    /// <summary>Records where an unchanged post now sits in its file.</summary>
    private void Move(long key, int sourceIndex)
    {
        var command = Command(Sql.MovePost);
        command.Bind("$key", key);
        command.Bind("$index", sourceIndex);
        command.Execute();
    }

    /// <summary>A stored post's text.</summary>
    public string? Text(long key)
    {
        var command = Command(Sql.PostText);
        command.Bind("$key", key);
        return command.Query(row => row.Text(0)).FirstOrDefault();
    }

    /// <summary>
    /// A number that changes when another connection commits to the store (SQLite's data_version; this connection's own
    /// commits leave it), with the handle it belongs to: numbers of two handles are not comparable.
    /// </summary>
    public (object Handle, long Version) DataVersion() =>
        (_connection.Handle!, Command(Sql.DataVersion).Query(row => row.Integer(0))[0]);

    /// <summary>The posts of a channel that came without a message id: the candidates a dump's posts are matched against.</summary>
    public List<StoredPost> ContentPosts(int channelId)
    {
        var command = Command(Sql.ContentPosts);
        return ReadStored(command, channelId, messageIds: false);
    }

    /// <summary>The posts of a channel with message ids (from exports).</summary>
    public List<StoredPost> MessagePosts(int channelId)
    {
        var command = Command(Sql.MessagePosts);
        return ReadStored(command, channelId, messageIds: true);
    }

    private static List<StoredPost> ReadStored(PreparedStatement command, int channelId, bool messageIds)
    {
        command.Bind("$channel", channelId);
        return command.Query(row => new StoredPost(row.Integer(0), row.Text(1)!, row.Text(2)!, row.Text(3)!, (int)row.Integer(4),
            (int)row.Integer(5), messageIds ? row.Integer(6) : null));
    }

    /// <summary>Adds every stored signature to <paramref name="index"/>, in key order.</summary>
    public void ReadSignatures(CopyIndex index)
    {
        var command = Command(Sql.SignaturesAfter);
        command.Bind("$after", 0L);
        command.Query(row =>
        {
            index.Add(row.Integer(0), row.Blob(1));
            return 0;
        });
    }

    /// <summary>A post's stored signature and id; null when it has no signature.</summary>
    public (byte[] Signature, string Id)? Signature(long key)
    {
        var command = Command(Sql.SignatureOf);
        command.Bind("$key", key);
        var rows = command.Query(row => (row.Blob(0).ToArray(), row.Text(1)!));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Stores the signature of the post <paramref name="key"/>, or removes it when it has none (any more).</summary>
    public void SetSignature(long key, byte[]? signature)
    {
        var command = Command(signature is null ? Sql.DeleteSignature : Sql.UpsertSignature);
        command.Bind("$key", key);
        if (signature is not null)
        {
            command.Bind("$signature", signature);
        }
        command.Execute();
    }

    /// <summary>Records that the two posts are copies of each other (both ways round).</summary>
    public void AddCopy(long a, long b)
    {
        var command = Command(Sql.InsertCopy);
        command.Bind("$post", a);
        command.Bind("$copy", b);
        command.Execute();
        command.Bind("$post", b);
        command.Bind("$copy", a);
        command.Execute();
    }

    /// <summary>Forgets the copies of the post <paramref name="key"/> (both ways round); returns the ids of the posts it had as copies.</summary>
    public List<string> RemoveCopies(long key)
    {
        var list = Command(Sql.CopiesOf);
        list.Bind("$key", key);
        var copies = list.Query(row => (Key: row.Integer(0), Id: row.Text(1)!));
        if (copies.Count == 0)
        {
            return [];
        }
        var delete = Command(Sql.DeleteCopy);
        foreach (var copy in copies)
        {
            delete.Bind("$post", copy.Key);
            delete.Bind("$copy", key);
            delete.Execute();
        }
        DeleteChildren(Sql.DeleteCopies, key);
        return copies.ConvertAll(c => c.Id);
    }

    private static void SetFields(PreparedStatement command, int sourceFileId, int sourceIndex, PreparedPost prepared, DateTimeOffset now)
    {
        var post = prepared.Post;
        command.Bind("$source", sourceFileId);
        command.Bind("$index", sourceIndex);
        command.BindUtf8("$text", prepared.TextUtf8);
        command.Bind("$hash", prepared.ContentHash);
        command.Bind("$fingerprint", prepared.Fingerprint);
        command.Bind("$language", post.Language);
        command.Bind("$forwarded", post.ForwardedFrom);
        command.Bind("$media", post.HasMedia);
        command.Bind("$mediaNote", post.MediaNote);
        command.Bind("$published", post.Published.Date);
        command.Bind("$confidence", post.Published.Confidence.ToString());
        command.Bind("$earliest", post.Published.Earliest);
        command.Bind("$latest", post.Published.Latest);
        command.Bind("$publishedAt", post.PublishedAt);
        command.Bind("$editedAt", post.EditedAt);
        command.Bind("$messageId", post.MessageId);
        command.Bind("$author", post.Author);
        command.Bind("$replyTo", post.ReplyToMessageId);
        command.Bind("$reactionTotal", ReactionTotal(post));
        command.Bind("$now", now);
    }

    private void InsertChildren(long key, ParsedPost post)
    {
        var reaction = Command(Sql.InsertReaction);
        for (var i = 0; i < post.Reactions.Count; i++)
        {
            reaction.Bind("$key", key);
            reaction.Bind("$emoji", post.Reactions[i].Key);
            reaction.Bind("$count", post.Reactions[i].Value);
            reaction.Bind("$order", i);
            reaction.Execute();
        }

        var date = Command(Sql.InsertMentionedDate);
        foreach (var mentioned in post.MentionedDates)
        {
            date.Bind("$key", key);
            date.Bind("$date", mentioned);
            date.Execute();
        }

        var tag = Command(Sql.InsertPostHashtag);
        for (var i = 0; i < post.Hashtags.Count; i++)
        {
            var spelling = post.Hashtags[i].TrimStart('#');
            tag.Bind("$key", key);
            tag.Bind("$tag", HashtagId(spelling));
            tag.Bind("$spelling", spelling);
            tag.Bind("$order", i);
            tag.Execute();
        }
    }

    private int HashtagId(string spelling)
    {
        var name = Hashtags.Normalize(spelling);
        if (_hashtagIds.TryGetValue(name, out var id))
        {
            return id;
        }
        var command = Command(Sql.UpsertHashtag);
        command.Bind("$name", name);
        command.Bind("$display", spelling);
        id = (int)command.ExecuteScalar()!.Value;
        _hashtagIds[name] = id;
        return id;
    }

    private static int ReactionTotal(ParsedPost post)
    {
        var total = 0;
        foreach (var reaction in post.Reactions)
        {
            total += reaction.Value;
        }
        return total;
    }

    /// <summary>The statement of <paramref name="sql"/>, one of <see cref="Sql"/>'s, compiled on first use.</summary>
    private PreparedStatement Command(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new PreparedStatement(_connection, sql);
            _statements[sql] = statement;
        }
        return statement;
    }

    /// <summary>Every statement the writer runs, one each.</summary>
    internal static class Sql
    {
        public const string Begin = "BEGIN IMMEDIATE";
        public const string Commit = "COMMIT";
        public const string Rollback = "ROLLBACK";

        public const string LargeCache = "PRAGMA cache_size = -65536";
        public const string ForeignKeysOff = "PRAGMA foreign_keys = OFF";
        public const string ForeignKeysOn = "PRAGMA foreign_keys = ON";
        public const string SynchronousNormal = "PRAGMA synchronous = NORMAL";
        public const string RareCheckpoints = "PRAGMA wal_autocheckpoint = 16384";
        public const string DataVersion = "PRAGMA data_version";

        public const string KnownFile = "SELECT ContentHash, Error, PostCount, Format, Id FROM SourceFiles WHERE Path = $path";

        public const string FileInChannel = """
            SELECT 1 FROM Channels AS c JOIN Posts AS p ON p.ChannelId = c.Id
            WHERE c.Name = $name AND p.SourceFileId = $file LIMIT 1
            """;

        public const string ChannelsOfFile = """
            SELECT c.Name FROM Channels AS c
            WHERE EXISTS (SELECT 1 FROM Posts AS p WHERE p.ChannelId = c.Id AND p.SourceFileId = $file)
            """;

        public const string UpsertSourceFile = """
            INSERT INTO SourceFiles (Path, FileName, ContentHash, Format, IngestedAt, PostCount, Error)
            VALUES ($path, $name, $hash, $format, $now, $count, $error)
            ON CONFLICT (Path) DO UPDATE SET ContentHash = excluded.ContentHash, Format = excluded.Format,
                IngestedAt = excluded.IngestedAt, PostCount = excluded.PostCount, Error = excluded.Error
            RETURNING Id
            """;

        public const string UpsertChannel = """
            INSERT INTO Channels (Name, Username, ExternalId) VALUES ($name, $username, $external)
            ON CONFLICT (Name) DO UPDATE SET Username = coalesce(excluded.Username, Username), ExternalId = coalesce(excluded.ExternalId, ExternalId)
            RETURNING Id
            """;

        public const string InsertPost = """
            INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, ForwardedFrom,
                HasMedia, MediaNote, Published, PublishedConfidence, PublishedEarliest, PublishedLatest, PublishedAt, EditedAt,
                MessageId, Author, ReplyToMessageId, ReactionTotal, IngestedAt, UpdatedAt)
            VALUES ($id, $channel, $source, $index, $text, $hash, $fingerprint, $language, $forwarded,
                $media, $mediaNote, $published, $confidence, $earliest, $latest, $publishedAt, $editedAt,
                $messageId, $author, $replyTo, $reactionTotal, $now, $now)
            """;

        public const string UpdatePost = """
            UPDATE Posts SET SourceFileId = $source, SourceIndex = $index, Text = $text, ContentHash = $hash, Fingerprint = $fingerprint,
                Language = $language, ForwardedFrom = $forwarded, HasMedia = $media, MediaNote = $mediaNote, Published = $published,
                PublishedConfidence = $confidence, PublishedEarliest = $earliest, PublishedLatest = $latest, PublishedAt = $publishedAt, EditedAt = $editedAt, MessageId = $messageId,
                Author = $author, ReplyToMessageId = $replyTo, ReactionTotal = $reactionTotal, UpdatedAt = $now
            WHERE "Key" = $key
            """;

        public const string DeleteReactions = "DELETE FROM Reactions WHERE PostKey = $key";
        public const string DeleteMentionedDates = "DELETE FROM MentionedDates WHERE PostKey = $key";
        public const string DeletePostHashtags = "DELETE FROM PostHashtags WHERE PostKey = $key";

        public const string MovePost = """UPDATE Posts SET SourceIndex = $index WHERE "Key" = $key""";

        public const string PostText = """SELECT Text FROM Posts WHERE "Key" = $key""";

        public const string ContentPosts = """
            SELECT "Key", Id, ContentHash, Fingerprint, SourceFileId, SourceIndex FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NULL ORDER BY SourceFileId, SourceIndex
            """;

        public const string MessagePosts = """
            SELECT "Key", Id, ContentHash, Fingerprint, SourceFileId, SourceIndex, MessageId FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NOT NULL
            """;

        public const string InsertReaction = """
            INSERT INTO Reactions (PostKey, Emoji, Count, "Order") VALUES ($key, $emoji, $count, $order)
            ON CONFLICT (PostKey, Emoji) DO UPDATE SET Count = Count + excluded.Count
            """;

        public const string InsertMentionedDate = "INSERT OR IGNORE INTO MentionedDates (PostKey, Date) VALUES ($key, $date)";

        public const string InsertPostHashtag = """INSERT OR IGNORE INTO PostHashtags (PostKey, HashtagId, Spelling, "Order") VALUES ($key, $tag, $spelling, $order)""";

        public const string SignaturesAfter = "SELECT PostKey, Signature FROM CopySignatures WHERE PostKey > $after ORDER BY PostKey";

        public const string SignatureOf = """
            SELECT s.Signature, p.Id FROM CopySignatures AS s JOIN Posts AS p ON p."Key" = s.PostKey WHERE s.PostKey = $key
            """;

        public const string UpsertSignature = """
            INSERT INTO CopySignatures (PostKey, Signature) VALUES ($key, $signature)
            ON CONFLICT (PostKey) DO UPDATE SET Signature = excluded.Signature
            """;

        public const string DeleteSignature = "DELETE FROM CopySignatures WHERE PostKey = $key";

        public const string InsertCopy = "INSERT OR IGNORE INTO PostCopies (PostKey, CopyKey) VALUES ($post, $copy)";

        public const string CopiesOf = """
            SELECT pc.CopyKey, p.Id FROM PostCopies AS pc JOIN Posts AS p ON p."Key" = pc.CopyKey WHERE pc.PostKey = $key
            """;

        public const string DeleteCopy = "DELETE FROM PostCopies WHERE PostKey = $post AND CopyKey = $copy";

        public const string DeleteCopies = "DELETE FROM PostCopies WHERE PostKey = $key";

        public const string UpsertHashtag = """
            INSERT INTO Hashtags (Name, Display) VALUES ($name, $display)
            ON CONFLICT (Name) DO UPDATE SET Name = Name
            RETURNING Id
            """;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }
}

/// <summary>A source file as the store last recorded it.</summary>
internal sealed record KnownFile(int Id, string ContentHash, string? Error, int PostCount, string? Format);
