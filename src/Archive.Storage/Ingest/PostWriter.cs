using System.Data.Common;
using Archive.Parsing;
using Microsoft.Data.Sqlite;

namespace Archive.Storage.Ingest;

/// <summary>
/// The hot path of an ingest: prepared SQLite commands inside one file's transaction.
/// EF's change tracker costs more per row than the whole insert, so rows go in by hand; EF owns the schema and the reads.
/// </summary>
internal sealed class PostWriter : IDisposable
{
    private const int SqliteConstraint = 19;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, int> _hashtagIds;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public PostWriter(DbConnection connection, DbTransaction transaction, Dictionary<string, int> hashtagIds)
    {
        _connection = (SqliteConnection)connection;
        _transaction = (SqliteTransaction)transaction;
        _hashtagIds = hashtagIds;
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
        Set(command, "$path", path);
        Set(command, "$name", Path.GetFileName(path));
        Set(command, "$hash", contentHash);
        Set(command, "$format", format);
        Set(command, "$now", now);
        Set(command, "$count", postCount);
        Set(command, "$error", error);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>The id of the channel named <paramref name="channel"/>, created when new; export details fill in what is known.</summary>
    public int ChannelId(string name, string? username, long? externalId)
    {
        var command = Command("channel", """
            INSERT INTO Channels (Name, Username, ExternalId) VALUES ($name, $username, $external)
            ON CONFLICT (Name) DO UPDATE SET Username = coalesce(excluded.Username, Username), ExternalId = coalesce(excluded.ExternalId, ExternalId)
            RETURNING Id
            """);
        Set(command, "$name", name);
        Set(command, "$username", username);
        Set(command, "$external", externalId);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>Inserts a post with its hashtags, reactions and dates; false when the id is taken (the caller picks another).</summary>
    public bool TryInsert(string id, int channelId, int sourceFileId, ParsedPost post, string contentHash, string fingerprint, DateTimeOffset now)
    {
        var command = Command("insert", """
            INSERT INTO Posts (Id, ChannelId, SourceFileId, SourceIndex, Text, ContentHash, Fingerprint, Language, ForwardedFrom,
                HasMedia, MediaNote, Published, PublishedConfidence, PublishedAt, EditedAt, MessageId, Author, ReplyToMessageId,
                ReactionTotal, IngestedAt, UpdatedAt)
            VALUES ($id, $channel, $source, $index, $text, $hash, $fingerprint, $language, $forwarded,
                $media, $mediaNote, $published, $confidence, $publishedAt, $editedAt, $messageId, $author, $replyTo,
                $reactionTotal, $now, $now)
            """);
        Set(command, "$id", id);
        Set(command, "$channel", channelId);
        SetFields(command, sourceFileId, post, contentHash, fingerprint, now);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            return false;
        }
        InsertChildren(id, post);
        return true;
    }

    /// <summary>Rewrites an existing post (same id) from a newer version of it.</summary>
    public void Update(string id, int sourceFileId, ParsedPost post, string contentHash, string fingerprint, DateTimeOffset now)
    {
        var command = Command("update", """
            UPDATE Posts SET SourceFileId = $source, SourceIndex = $index, Text = $text, ContentHash = $hash, Fingerprint = $fingerprint,
                Language = $language, ForwardedFrom = $forwarded, HasMedia = $media, MediaNote = $mediaNote, Published = $published,
                PublishedConfidence = $confidence, PublishedAt = $publishedAt, EditedAt = $editedAt, MessageId = $messageId,
                Author = $author, ReplyToMessageId = $replyTo, ReactionTotal = $reactionTotal, UpdatedAt = $now
            WHERE Id = $id
            """);
        Set(command, "$id", id);
        SetFields(command, sourceFileId, post, contentHash, fingerprint, now);
        command.ExecuteNonQuery();
        foreach (var table in (string[])["Reactions", "MentionedDates", "PostHashtags"])
        {
            var delete = Command("delete" + table, $"DELETE FROM {table} WHERE PostId = $id");
            Set(delete, "$id", id);
            delete.ExecuteNonQuery();
        }
        InsertChildren(id, post);
    }

    /// <summary>Records where an unchanged post now sits in its file.</summary>
    public void Move(string id, int sourceIndex)
    {
        var command = Command("move", "UPDATE Posts SET SourceIndex = $index WHERE Id = $id");
        Set(command, "$id", id);
        Set(command, "$index", sourceIndex);
        command.ExecuteNonQuery();
    }

    public string? Text(string id)
    {
        var command = Command("text", "SELECT Text FROM Posts WHERE Id = $id");
        Set(command, "$id", id);
        return command.ExecuteScalar() as string;
    }

    /// <summary>The posts of a channel that came without a message id: the candidates a dump's posts are matched against.</summary>
    public List<StoredPost> ContentPosts(int channelId)
    {
        var command = Command("contentPosts", """
            SELECT Id, ContentHash, Fingerprint, SourceFileId, SourceIndex FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NULL ORDER BY SourceFileId, SourceIndex
            """);
        return ReadStored(command, channelId, messageIds: false);
    }

    /// <summary>The posts of a channel with message ids (from exports).</summary>
    public List<StoredPost> MessagePosts(int channelId)
    {
        var command = Command("messagePosts", """
            SELECT Id, ContentHash, Fingerprint, SourceFileId, SourceIndex, MessageId FROM Posts
            WHERE ChannelId = $channel AND MessageId IS NOT NULL
            """);
        return ReadStored(command, channelId, messageIds: true);
    }

    private List<StoredPost> ReadStored(SqliteCommand command, int channelId, bool messageIds)
    {
        Set(command, "$channel", channelId);
        var posts = new List<StoredPost>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            posts.Add(new StoredPost(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                messageIds ? reader.GetInt64(5) : null));
        }
        return posts;
    }

    private void SetFields(SqliteCommand command, int sourceFileId, ParsedPost post, string contentHash, string fingerprint, DateTimeOffset now)
    {
        Set(command, "$source", sourceFileId);
        Set(command, "$index", post.SourceIndex);
        Set(command, "$text", post.Text);
        Set(command, "$hash", contentHash);
        Set(command, "$fingerprint", fingerprint);
        Set(command, "$language", post.Language);
        Set(command, "$forwarded", post.ForwardedFrom);
        Set(command, "$media", post.HasMedia);
        Set(command, "$mediaNote", post.MediaNote);
        Set(command, "$published", post.Published.Date);
        Set(command, "$confidence", post.Published.Confidence.ToString());
        Set(command, "$publishedAt", post.PublishedAt);
        Set(command, "$editedAt", post.EditedAt);
        Set(command, "$messageId", post.MessageId);
        Set(command, "$author", post.Author);
        Set(command, "$replyTo", post.ReplyToMessageId);
        Set(command, "$reactionTotal", post.Reactions.Sum(r => r.Value));
        Set(command, "$now", now);
    }

    private void InsertChildren(string id, ParsedPost post)
    {
        var reaction = Command("reaction", """
            INSERT INTO Reactions (PostId, Emoji, Count, "Order") VALUES ($id, $emoji, $count, $order)
            ON CONFLICT (PostId, Emoji) DO UPDATE SET Count = Count + excluded.Count
            """);
        for (var i = 0; i < post.Reactions.Count; i++)
        {
            Set(reaction, "$id", id);
            Set(reaction, "$emoji", post.Reactions[i].Key);
            Set(reaction, "$count", post.Reactions[i].Value);
            Set(reaction, "$order", i);
            reaction.ExecuteNonQuery();
        }

        var date = Command("date", "INSERT OR IGNORE INTO MentionedDates (PostId, Date) VALUES ($id, $date)");
        foreach (var mentioned in post.MentionedDates)
        {
            Set(date, "$id", id);
            Set(date, "$date", mentioned);
            date.ExecuteNonQuery();
        }

        var tag = Command("tag", """INSERT OR IGNORE INTO PostHashtags (PostId, HashtagId, Spelling, "Order") VALUES ($id, $tag, $spelling, $order)""");
        for (var i = 0; i < post.Hashtags.Count; i++)
        {
            var spelling = post.Hashtags[i].TrimStart('#');
            Set(tag, "$id", id);
            Set(tag, "$tag", HashtagId(spelling));
            Set(tag, "$spelling", spelling);
            Set(tag, "$order", i);
            tag.ExecuteNonQuery();
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
        Set(command, "$name", name);
        Set(command, "$display", spelling);
        id = Convert.ToInt32(command.ExecuteScalar());
        _hashtagIds[name] = id;
        return id;
    }

    private SqliteCommand Command(string key, string sql)
    {
        if (!_commands.TryGetValue(key, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            _commands[key] = command;
        }
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index < 0)
        {
            parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            parameters[index].Value = value ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}

/// <summary>What the ingest needs to know of a stored post to match a re-read one against it.</summary>
internal sealed record StoredPost(string Id, string ContentHash, string Fingerprint, int SourceFileId, int SourceIndex, long? MessageId);
