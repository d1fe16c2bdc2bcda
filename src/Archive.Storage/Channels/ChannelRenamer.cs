using Archive.Storage.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Channels;

/// <summary>What a rename did: the posts that now carry the new name, and those dropped as copies of a post already under it.</summary>
/// <param name="Merged">True when a channel had the new name already and took the renamed one's posts.</param>
public sealed record ChannelRename(string From, string To, bool Merged, int Moved, int Duplicates);

/// <summary>
/// Renames a channel; when the new name is another channel's, merges into it: the posts move over, and a post both
/// channels hold (as an ingest would match it) is kept once, the one already under the new name. All in one transaction.
/// </summary>
public sealed class ChannelRenamer(ArchiveDbContext db)
{
    // The rows deleted at once: one SQL parameter per key.
    private const int DeleteBatch = 500;

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/> (trimmed, not empty); null when no channel is named <paramref name="from"/>.</summary>
    public async Task<ChannelRename?> RenameAsync(string from, string to, CancellationToken ct = default)
    {
        to = to.Trim();
        ArgumentException.ThrowIfNullOrEmpty(to);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var source = await db.Channels.FirstOrDefaultAsync(c => c.Name == from, ct);
        if (source is null)
        {
            return null;
        }
        if (from == to)
        {
            return new ChannelRename(from, to, Merged: false, Moved: 0, Duplicates: 0);
        }

        var target = await db.Channels.FirstOrDefaultAsync(c => c.Name == to, ct);
        ChannelRename rename;
        if (target is null)
        {
            source.Name = to;
            await db.SaveChangesAsync(ct);
            rename = new ChannelRename(from, to, Merged: false, await db.Posts.CountAsync(p => p.ChannelId == source.Id, ct), Duplicates: 0);
        }
        else
        {
            var copies = await CopiesAsync(source.Id, target.Id, ct);
            foreach (var batch in copies.Chunk(DeleteBatch))
            {
                // Their hashtags, reactions and dates go with them (the foreign keys cascade).
                await db.Posts.Where(p => batch.Contains(p.Key)).ExecuteDeleteAsync(ct);
            }
            var moved = await db.Posts.Where(p => p.ChannelId == source.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.ChannelId, target.Id), ct);
            // What only the renamed channel knew of itself stays known.
            target.Username ??= source.Username;
            target.ExternalId ??= source.ExternalId;
            db.Channels.Remove(source);
            await db.SaveChangesAsync(ct);
            rename = new ChannelRename(from, to, Merged: true, moved, copies.Count);
        }
        await transaction.CommitAsync(ct);
        return rename;
    }

    /// <summary>
    /// The keys of the posts of channel <paramref name="sourceId"/> that channel <paramref name="targetId"/> holds too, one
    /// for one as the ingest's reconciler matches them: by message id, else by content (a post without text only with
    /// one of its own file, since every such post has the same content).
    /// </summary>
    private async Task<List<long>> CopiesAsync(int sourceId, int targetId, CancellationToken ct)
    {
        var emptyText = PostKeys.ContentHash("");
        var target = new Dictionary<(long?, string, int), int>();
        await foreach (var post in Identities(targetId).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = Identity(post.MessageId, post.ContentHash, post.SourceFileId, emptyText);
            target[key] = target.GetValueOrDefault(key) + 1;
        }
        var copies = new List<long>();
        await foreach (var post in Identities(sourceId).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = Identity(post.MessageId, post.ContentHash, post.SourceFileId, emptyText);
            if (target.GetValueOrDefault(key) > 0)
            {
                target[key]--;
                copies.Add(post.Key);
            }
        }
        return copies;
    }

    private IQueryable<PostIdentity> Identities(int channelId) =>
        db.Posts.AsNoTracking().Where(p => p.ChannelId == channelId)
            .OrderBy(p => p.SourceFileId).ThenBy(p => p.SourceIndex)
            .Select(p => new PostIdentity(p.Key, p.MessageId, p.ContentHash, p.SourceFileId));

    private static (long?, string, int) Identity(long? messageId, string contentHash, int sourceFileId, string emptyText) =>
        messageId is not null ? (messageId, "", 0) : (null, contentHash, contentHash == emptyText ? sourceFileId : 0);

    private sealed record PostIdentity(long Key, long? MessageId, string ContentHash, int SourceFileId);
}
