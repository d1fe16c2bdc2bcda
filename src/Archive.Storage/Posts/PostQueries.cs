using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Posts;

/// <summary>Queries over posts that more than one feature asks.</summary>
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
    /// The posts of each channel in each language: how many, how many undated, the first and last date. The browse pages
    /// sum these (per channel on /channels, per language on /about) instead of reading every post's row.
    /// </summary>
    /// <remarks>Grouped in the order of the (channel, language, date) index, so SQLite reads only that index and sorts nothing.</remarks>
    public static IQueryable<PostSummary> Summaries(this ArchiveDbContext db) =>
        db.Posts.GroupBy(p => new { p.ChannelId, p.Language })
            .Select(g => new PostSummary(
                g.Key.ChannelId, g.Key.Language, g.Count(), g.Count(p => p.Published == null), g.Min(p => p.Published), g.Max(p => p.Published)));
}

/// <summary>The posts of one channel in one language, counted: see <see cref="PostQueries.Summaries"/>.</summary>
public sealed record PostSummary(int ChannelId, string Language, int Posts, int Undated, DateOnly? First, DateOnly? Last);
