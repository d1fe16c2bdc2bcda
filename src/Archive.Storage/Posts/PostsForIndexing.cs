using System.Data;
using System.Data.Common;
using System.Globalization;
using Archive.Parsing;
using Archive.Storage.Channels;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Posts;

/// <summary>
/// Reads posts with what the search index needs (channel, place, hashtags, mentioned dates): in the store's key order a batch
/// at a time for a rebuild (the order they were written in, so the reads go through the tables' pages in order), or by
/// id for an update, with three flat SQL reads per batch. EF's Include with split queries and entity materialisation
/// cost more than analysing the text, so this reads the columns straight off the SQLite reader.
/// </summary>
public sealed class PostsForIndexing(ArchiveDbContext db)
{
    /// <summary>The next <paramref name="count"/> posts with keys after <paramref name="after"/> (0: from the first).</summary>
    public Task<List<Post>> NextBatchAsync(long after, int count, CancellationToken ct) =>
        // The batch is a contiguous key range, so its hashtags and dates are one range read on each table's key.
        ReadAsync(
            Sql.PostsAfterKey,
            [("$after", after), ("$count", count)],
            posts => (Sql.HashtagsBetweenKeys, Sql.DatesBetweenKeys, Sql.CopiesBetweenKeys, [("$first", posts[0].Key), ("$last", posts[^1].Key)]),
            ct);

    /// <summary>The posts with these ids that the store holds (at most a few hundred at a time: one SQL parameter each).</summary>
    public Task<List<Post>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        ReadAsync(WithList(Sql.PostsWithIds, "$id", ids.Count), Parameters("$id", ids), posts =>
        {
            var keys = posts.Select(p => (object)p.Key).ToList();
            return (WithList(Sql.HashtagsOfKeys, "$key", keys.Count), WithList(Sql.DatesOfKeys, "$key", keys.Count),
                WithList(Sql.CopiesOfKeys, "$key", keys.Count), Parameters("$key", keys));
        }, ct);

    // SQLite has no list parameter: a statement's "IN ($id)" becomes "IN ($id0, $id1, ...)", one parameter per value.
    private static string WithList(string sql, string parameter, int count) =>
        sql.Replace($"IN ({parameter})", $"IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => $"{parameter}{i}"))})",
            StringComparison.Ordinal);

    private static List<(string Name, object Value)> Parameters<T>(string prefix, IReadOnlyList<T> values) where T : notnull =>
        values.Select((value, i) => ($"{prefix}{i}", (object)value)).ToList();

    private async Task<List<Post>> ReadAsync(string postsSql, IReadOnlyList<(string Name, object Value)> postParameters,
        Func<List<Post>, (string HashtagsSql, string DatesSql, string CopiesSql, IReadOnlyList<(string Name, object Value)> Parameters)> children,
        CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        var posts = new List<Post>();
        var channels = new Dictionary<string, Channel>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = postsSql;
            Add(command, postParameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var channelName = reader.GetString(9);
                if (!channels.TryGetValue(channelName, out var channel))
                {
                    channels[channelName] = channel = new Channel { Name = channelName };
                }
                posts.Add(new Post
                {
                    Key = reader.GetInt64(10),
                    Id = reader.GetString(0),
                    Text = reader.GetString(1),
                    ContentHash = reader.GetString(2),
                    Language = reader.GetString(3),
                    ForwardedFrom = reader.IsDBNull(4) ? null : reader.GetString(4),
                    HasMedia = reader.GetBoolean(5),
                    Published = reader.IsDBNull(6) ? null : DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    PublishedConfidence = Enum.TryParse<DateConfidence>(reader.GetString(7), out var confidence) ? confidence : DateConfidence.Unknown,
                    ReactionTotal = reader.GetInt32(8),
                    SourceFileId = reader.GetInt32(11),
                    SourceIndex = reader.GetInt32(12),
                    Channel = channel,
                });
                var post = posts[^1];
                // Only an inferred date has a range apart from its day; the others' bounds are their day, not parsed again.
                if (post.PublishedConfidence == DateConfidence.Inferred)
                {
                    post.PublishedEarliest = reader.IsDBNull(13) ? null : DateOnly.ParseExact(reader.GetString(13), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    post.PublishedLatest = reader.IsDBNull(14) ? null : DateOnly.ParseExact(reader.GetString(14), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else
                {
                    post.PublishedEarliest = post.PublishedLatest = post.Published;
                }
            }
        }
        if (posts.Count == 0)
        {
            return posts;
        }

        var byKey = posts.ToDictionary(p => p.Key);
        var (hashtagsSql, datesSql, copiesSql, childParameters) = children(posts);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = hashtagsSql;
            Add(command, childParameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (byKey.TryGetValue(reader.GetInt64(0), out var post))
                {
                    post.Hashtags.Add(new Hashtag { Name = reader.GetString(1), Display = reader.GetString(2) });
                }
            }
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = datesSql;
            Add(command, childParameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (byKey.TryGetValue(reader.GetInt64(0), out var post))
                {
                    post.MentionedDates.Add(new MentionedDate
                    {
                        PostKey = post.Key,
                        Date = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    });
                }
            }
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = copiesSql;
            Add(command, childParameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (byKey.TryGetValue(reader.GetInt64(0), out var post))
                {
                    post.CopyCount = reader.GetInt32(1);
                    post.CopyChannelCount = reader.GetInt32(2);
                }
            }
        }
        return posts;
    }

    private static void Add(DbCommand command, IEnumerable<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>
    /// The statements, read by column ordinal above: the two reads of posts share one column list, as do the two of
    /// each kind of child row. The statements by id hold one parameter per list ("IN ($id)"), which
    /// <see cref="WithList"/> widens to the batch's.
    /// </summary>
    internal static class Sql
    {
        public const string PostsAfterKey = """
            SELECT p."Id", p."Text", p."ContentHash", p."Language", p."ForwardedFrom", p."HasMedia",
                   p."Published", p."PublishedConfidence", p."ReactionTotal", c."Name", p."Key",
                   p."SourceFileId", p."SourceIndex", p."PublishedEarliest", p."PublishedLatest"
            FROM "Posts" AS p JOIN "Channels" AS c ON c."Id" = p."ChannelId"
            WHERE p."Key" > $after ORDER BY p."Key" LIMIT $count
            """;

        public const string PostsWithIds = """
            SELECT p."Id", p."Text", p."ContentHash", p."Language", p."ForwardedFrom", p."HasMedia",
                   p."Published", p."PublishedConfidence", p."ReactionTotal", c."Name", p."Key",
                   p."SourceFileId", p."SourceIndex", p."PublishedEarliest", p."PublishedLatest"
            FROM "Posts" AS p JOIN "Channels" AS c ON c."Id" = p."ChannelId"
            WHERE p."Id" IN ($id)
            """;

        public const string HashtagsBetweenKeys = """
            SELECT ph."PostKey", h."Name", h."Display"
            FROM "PostHashtags" AS ph JOIN "Hashtags" AS h ON h."Id" = ph."HashtagId"
            WHERE ph."PostKey" BETWEEN $first AND $last
            ORDER BY ph."PostKey", ph."Order"
            """;

        public const string HashtagsOfKeys = """
            SELECT ph."PostKey", h."Name", h."Display"
            FROM "PostHashtags" AS ph JOIN "Hashtags" AS h ON h."Id" = ph."HashtagId"
            WHERE ph."PostKey" IN ($key)
            ORDER BY ph."PostKey", ph."Order"
            """;

        public const string DatesBetweenKeys = """
            SELECT "PostKey", "Date" FROM "MentionedDates"
            WHERE "PostKey" BETWEEN $first AND $last
            """;

        // A post's copies, and the channels other than its own they are in: what "copies=yes" filters and "also in N channels" shows.
        public const string CopiesBetweenKeys = """
            SELECT pc."PostKey", count(*), count(DISTINCT CASE WHEN c."ChannelId" <> p."ChannelId" THEN c."ChannelId" END)
            FROM "PostCopies" AS pc JOIN "Posts" AS p ON p."Key" = pc."PostKey" JOIN "Posts" AS c ON c."Key" = pc."CopyKey"
            WHERE pc."PostKey" BETWEEN $first AND $last
            GROUP BY pc."PostKey"
            """;

        public const string CopiesOfKeys = """
            SELECT pc."PostKey", count(*), count(DISTINCT CASE WHEN c."ChannelId" <> p."ChannelId" THEN c."ChannelId" END)
            FROM "PostCopies" AS pc JOIN "Posts" AS p ON p."Key" = pc."PostKey" JOIN "Posts" AS c ON c."Key" = pc."CopyKey"
            WHERE pc."PostKey" IN ($key)
            GROUP BY pc."PostKey"
            """;

        public const string DatesOfKeys = """
            SELECT "PostKey", "Date" FROM "MentionedDates"
            WHERE "PostKey" IN ($key)
            """;
    }
}
