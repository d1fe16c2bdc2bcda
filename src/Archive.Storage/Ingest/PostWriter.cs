using System.Data.Common;
using Archive.Parsing;
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
    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

    /// <summary>A writer for the open transaction of <paramref name="connection"/> (its statements run inside it).</summary>
    public PostWriter(DbConnection connection, Dictionary<string, int> hashtagIds)
    {
        _connection = (SqliteConnection)connection;
        _hashtagIds = hashtagIds;
        // The statements here do not retry on a busy store as Microsoft.Data.Sqlite's commands do: SQLite waits instead.
        raw.sqlite3_busy_timeout(_connection.Handle, 30_000);
    }

    /// <summary>Starts the file's transaction, taking the write lock at once (as Microsoft.Data.Sqlite's transactions do).</summary>
    public void Begin() => Command("begin", "BEGIN IMMEDIATE").Execute();

    public void Commit() => Command("commit", "COMMIT").Execute();

    /// <summary>Rolls the open transaction back; nothing to do when SQLite already did (it does on some errors, such as a full disk).</summary>
    public void Rollback()
    {
        if (raw.sqlite3_get_autocommit(_connection.Handle) == 0)
        {
            Command("rollback", "ROLLBACK").Execute();
        }
    }

    /// <summary>Runs <paramref name="sql"/> (one or more statements without results, such as pragmas) once.</summary>
    public void Run(string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(_connection.Handle, sql), _connection.Handle);

    /// <summary>What the store knows of the file at <paramref name="path"/>, or null when it has never seen it.</summary>
    public KnownFile? SourceFile(string path)
    {
        var command = Command("knownFile", "SELECT ContentHash, Error, PostCount, Format FROM SourceFiles WHERE Path = $path");
        command.Bind("$path", path);
        return command.Query(row => new KnownFile(row.Text(0)!, row.Text(1), (int)row.Integer(2), row.Text(3)))
            .FirstOrDefault();
    }

    /// <summary>The source file's row (created or reset to this content); returns its id.</summary>
    public int UpsertSourceFile(string path, string contentHash, string? format, DateTimeOffset now, int postCount, string? error)
    {
        var command = Command("source", """
            INSERT INTO SourceFiles (Path, FileName, ContentHash, Format, IngestedAt, PostCount, Error)
            VALUES ($path, $name, $hash, $format, $now, $count, $error)
            ON CONFLICT (Path) DO UPDATE SET ContentHash = excluded.ContentHash, Format = excluded.Format,
                IngestedAt = excluded.IngestedAt, PostCount = excluded.PostCount, Error = excluded.Error
            RETURNING Id
            """);
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
        var command = Command("channel", """
            INSERT INTO Channels (Name, Username, ExternalId) VALUES ($name, $username, $external)
            ON CONFLICT (Name) DO UPDATE SET Username = coalesce(excluded.Username, Username), ExternalId = coalesce(excluded.ExternalId, ExternalId)
            RETURNING Id
            """);
        command.Bind("$name", name);
        command.Bind("$username", username);
        command.Bind("$external", externalId);
        return (int)command.ExecuteScalar()!.Value;
    }

    /// <summary>Inserts a post with its hashtags, reactions and dates and returns its key; null when the id is taken (the caller picks another).</summary>
    public long? TryInsert(string id, int channelId, int sourceFileId, PreparedPost post, DateTimeOffset now)
    {
        var command = Command("insert", """
            INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, ForwardedFrom,
                HasMedia, MediaNote, Published, PublishedConfidence, PublishedAt, EditedAt, MessageId, Author, ReplyToMessageId,
                ReactionTotal, IngestedAt, UpdatedAt)
            VALUES ($id, $channel, $source, $index, $text, $hash, $fingerprint, $language, $forwarded,
                $media, $mediaNote, $published, $confidence, $publishedAt, $editedAt, $messageId, $author, $replyTo,
                $reactionTotal, $now, $now)
            """);
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
    public void Update(long key, int sourceFileId, int sourceIndex, PreparedPost post, DateTimeOffset now)
    {
        var command = Command("update", """
            UPDATE Posts SET SourceFileId = $source, SourceIndex = $index, Text = $text, ContentHash = $hash, Fingerprint = $fingerprint,
                Language = $language, ForwardedFrom = $forwarded, HasMedia = $media, MediaNote = $mediaNote, Published = $published,
                PublishedConfidence = $confidence, PublishedAt = $publishedAt, EditedAt = $editedAt, MessageId = $messageId,
                Author = $author, ReplyToMessageId = $replyTo, ReactionTotal = $reactionTotal, UpdatedAt = $now
            WHERE "Key" = $key
            """);
        command.Bind("$key", key);
        SetFields(command, sourceFileId, sourceIndex, post, now);
        command.Execute();
        foreach (var table in (string[])["Reactions", "MentionedDates", "PostHashtags"])
        {
            var delete = Command("delete" + table, $"DELETE FROM {table} WHERE PostKey = $key");
            delete.Bind("$key", key);
            delete.Execute();
        }
        InsertChildren(key, post.Post);
    }

    /// <summary>Records where an unchanged post now sits in its file.</summary>
    public void Move(long key, int sourceIndex)
    {
        var command = Command("move", "UPDATE Posts SET SourceIndex = $index WHERE \"Key\" = $key");
        command.Bind("$key", key);
        command.Bind("$index", sourceIndex);
        command.Execute();
    }

    public string? Text(long key)
    {
        var command = Command("text", "SELECT Text FROM Posts WHERE \"Key\" = $key");
        command.Bind("$key", key);
        return command.Query(row => row.Text(0)).FirstOrDefault();
    }

    /// <summary>
    /// A number that changes when another connection commits to the store (SQLite's data_version; this connection's own
    /// commits leave it), with the handle it belongs to: numbers of two handles are not comparable.
    /// </summary>
    public (object Handle, long Version) DataVersion() =>
        (_connection.Handle!, Command("dataVersion", "PRAGMA data_version").Query(row => row.Integer(0))[0]);

    /// <summary>The posts of a channel that came without a message id: the candidates a dump's posts are matched against.</summary>
    public List<StoredPost> ContentPosts(int channelId)
    {
        var command = Command("contentPosts", """
            SELECT "Key", Id, ContentHash, Fingerprint, SourceFileId, SourceIndex FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NULL ORDER BY SourceFileId, SourceIndex
            """);
        return ReadStored(command, channelId, messageIds: false);
    }

    /// <summary>The posts of a channel with message ids (from exports).</summary>
    public List<StoredPost> MessagePosts(int channelId)
    {
        var command = Command("messagePosts", """
            SELECT "Key", Id, ContentHash, Fingerprint, SourceFileId, SourceIndex, MessageId FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NOT NULL
            """);
        return ReadStored(command, channelId, messageIds: true);
    }

    private static List<StoredPost> ReadStored(PreparedStatement command, int channelId, bool messageIds)
    {
        command.Bind("$channel", channelId);
        return command.Query(row => new StoredPost(row.Integer(0), row.Text(1)!, row.Text(2)!, row.Text(3)!, (int)row.Integer(4),
            (int)row.Integer(5), messageIds ? row.Integer(6) : null));
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
        var reaction = Command("reaction", """
            INSERT INTO Reactions (PostKey, Emoji, Count, "Order") VALUES ($key, $emoji, $count, $order)
            ON CONFLICT (PostKey, Emoji) DO UPDATE SET Count = Count + excluded.Count
            """);
        for (var i = 0; i < post.Reactions.Count; i++)
        {
            reaction.Bind("$key", key);
            reaction.Bind("$emoji", post.Reactions[i].Key);
            reaction.Bind("$count", post.Reactions[i].Value);
            reaction.Bind("$order", i);
            reaction.Execute();
        }

        var date = Command("date", "INSERT OR IGNORE INTO MentionedDates (PostKey, Date) VALUES ($key, $date)");
        foreach (var mentioned in post.MentionedDates)
        {
            date.Bind("$key", key);
            date.Bind("$date", mentioned);
            date.Execute();
        }

        var tag = Command("tag", """INSERT OR IGNORE INTO PostHashtags (PostKey, HashtagId, Spelling, "Order") VALUES ($key, $tag, $spelling, $order)""");
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
        var command = Command("hashtag", """
            INSERT INTO Hashtags (Name, Display) VALUES ($name, $display)
            ON CONFLICT (Name) DO UPDATE SET Name = Name
            RETURNING Id
            """);
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

    private PreparedStatement Command(string key, string sql)
    {
        if (!_statements.TryGetValue(key, out var statement))
        {
            statement = new PreparedStatement(_connection, sql);
            _statements[key] = statement;
        }
        return statement;
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
internal sealed record KnownFile(string ContentHash, string? Error, int PostCount, string? Format);

/// <summary>What the ingest needs to know of a stored post to match a re-read one against it.</summary>
internal sealed record StoredPost(long Key, string Id, string ContentHash, string Fingerprint, int SourceFileId, int SourceIndex, long? MessageId);
