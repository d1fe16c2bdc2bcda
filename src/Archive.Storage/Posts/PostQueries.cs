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

/// <summary>Another post, as a post's page links to it: its id and date, and for a reply's context its text.</summary>
public sealed record PostLink(string Id, DateOnly? Published, string? Text);
