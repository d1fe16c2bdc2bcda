using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Identity;

/// <summary>Which store, and how far its posts go (the highest <c>Post.Key</c>, 0 with none): what an index built from it records.</summary>
public sealed record StoreStamp(string StoreId, long HighestPostKey)
{
    /// <summary>The store's stamp now. Two point reads: the identity row, and the last rowid of the posts.</summary>
    public static async Task<StoreStamp> ReadAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var id = await db.StoreIdentity.AsNoTracking().Select(s => s.Id).SingleAsync(ct);
        var highest = await db.Posts.MaxAsync(p => (long?)p.Key, ct) ?? 0;
        return new StoreStamp(id, highest);
    }
}
