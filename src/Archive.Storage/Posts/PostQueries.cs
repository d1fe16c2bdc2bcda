using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Posts;

/// <summary>Queries over posts that more than one feature asks, or that lean on one of the store's indexes.</summary>
public static class PostQueries
{
    /// <summary>One post with everything shown about it (channel, source file, hashtags, reactions, mentioned dates); null when there is none.</summary>
    public static Task<Post?> FindWholeAsync(this ArchiveDbContext db, string id, CancellationToken ct = default) =>
        db.Posts.AsNoTracking()
            .Include(p => p.Channel).Include(p => p.SourceFile)
            .Include(p => p.Hashtags).Include(p => p.Reactions).Include(p => p.MentionedDates)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>
    /// The posts just before and after <paramref name="post"/> in its channel, in source order: the one order every post
    /// has (many have no date), files in the order they came in, then each post's place in its file.
    /// </summary>
    /// <remarks>
    /// Each is looked for in the post's own file first, then in the channel's files before (or after) it: every query a
    /// seek on the (channel, file, place) index. One query with an OR of the two could not seek, and read the whole
    /// channel's posts, which grew with the channel (docs/benchmarks.md).
    /// </remarks>
    public static async Task<(PostLink? Previous, PostLink? Next)> NeighboursAsync(this ArchiveDbContext db, Post post, CancellationToken ct = default)
    {
        var channel = db.Posts.AsNoTracking().Where(p => p.ChannelId == post.ChannelId);
        var file = channel.Where(p => p.SourceFileId == post.SourceFileId);
        var previous =
            await FirstAsync(file.Where(p => p.SourceIndex < post.SourceIndex).OrderByDescending(p => p.SourceIndex), ct)
            ?? await FirstAsync(channel.Where(p => p.SourceFileId < post.SourceFileId)
                .OrderByDescending(p => p.SourceFileId).ThenByDescending(p => p.SourceIndex), ct);
        var next =
            await FirstAsync(file.Where(p => p.SourceIndex > post.SourceIndex).OrderBy(p => p.SourceIndex), ct)
            ?? await FirstAsync(channel.Where(p => p.SourceFileId > post.SourceFileId)
                .OrderBy(p => p.SourceFileId).ThenBy(p => p.SourceIndex), ct);
        return (previous, next);
    }

    /// <summary>
    /// The other posts that carry the same or nearly the same text as <paramref name="post"/> (found at ingest), oldest
    /// first, and which of them and the post itself was seen first. One seek on the copies' key, then each copy's row.
    /// </summary>
    public static async Task<PostCopies> CopiesAsync(this ArchiveDbContext db, Post post, CancellationToken ct = default)
    {
        var copies = await (
            from copy in db.PostCopies.AsNoTracking()
            where copy.PostKey == post.Key
            join other in db.Posts.AsNoTracking() on copy.CopyKey equals other.Key
            select new { other.Key, other.Id, Channel = other.Channel.Name, other.Published, other.PublishedAt })
            .ToListAsync(ct);
        var ordered = copies.Select(c => (c.Key, Link: new CopyLink(c.Id, c.Channel, c.Published, c.PublishedAt)))
            .OrderBy(c => Age(c.Link.Published, c.Link.PublishedAt, c.Key)).ToList();
        var first = ordered.Count > 0 && Age(ordered[0].Link.Published, ordered[0].Link.PublishedAt, ordered[0].Key)
            .CompareTo(Age(post.Published, post.PublishedAt, post.Key)) < 0
            ? ordered[0].Link.Id
            : post.Id;
        return new PostCopies([.. ordered.Select(c => c.Link)], first);
    }

    // Oldest first: by day, then by time where an export gives one, then in the order the store took them; undated last.
    private static (bool Undated, DateOnly Day, DateTimeOffset At, long Key) Age(DateOnly? published, DateTimeOffset? at, long key) =>
        (published is null, published ?? DateOnly.MaxValue, at ?? DateTimeOffset.MaxValue, key);

    private static Task<PostLink?> FirstAsync(IQueryable<Post> posts, CancellationToken ct) =>
        posts.Select(p => new PostLink(p.Id, p.Published, null)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The posts of each channel in each language: how many, how many undated, the first and last date. The browse pages
    /// sum these (per channel on /channels, per language on /about) instead of reading every post's row.
    /// </summary>
    /// <remarks>Grouped in the order of the (channel, language, date) index, so SQLite reads only that index and sorts nothing.</remarks>
    public static IQueryable<PostSummary> Summaries(this ArchiveDbContext db) => Summarize(db.Posts);

    /// <summary>The <see cref="Summaries(ArchiveDbContext)"/> of one channel (a channel's page): a seek on the same index.</summary>
    public static IQueryable<PostSummary> Summaries(this ArchiveDbContext db, int channelId) =>
        Summarize(db.Posts.Where(p => p.ChannelId == channelId));

    private static IQueryable<PostSummary> Summarize(IQueryable<Post> posts) =>
        posts.GroupBy(p => new { p.ChannelId, p.Language })
            .Select(g => new PostSummary(
                g.Key.ChannelId, g.Key.Language, g.Count(), g.Count(p => p.Published == null), g.Min(p => p.Published), g.Max(p => p.Published)));
}

/// <summary>The posts of one channel in one language, counted: see <see cref="PostQueries.Summaries"/>.</summary>
public sealed record PostSummary(int ChannelId, string Language, int Posts, int Undated, DateOnly? First, DateOnly? Last);

/// <summary>A post's copies, oldest first, and the id of the earliest of them and the post (<see cref="PostQueries.CopiesAsync"/>).</summary>
public sealed record PostCopies(IReadOnlyList<CopyLink> Copies, string FirstSeen);

/// <summary>A copy of a post, as its page and the API list it.</summary>
public sealed record CopyLink(string Id, string Channel, DateOnly? Published, DateTimeOffset? PublishedAt);

/// <summary>Another post, as a post's page links to it: its id and date, and for a reply's context its text.</summary>
public sealed record PostLink(string Id, DateOnly? Published, string? Text);
