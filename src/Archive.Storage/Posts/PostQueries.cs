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
}
