using Archive.Storage;
using Archive.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Indexing;

/// <summary>
/// Whether the index was built from the store it is opened with. One that was not (archive.db replaced under an old
/// index folder, or restored from an older copy) would serve hits whose posts the store does not have.
/// </summary>
public static class IndexOwnership
{
    /// <summary>
    /// Why the index is not <paramref name="store"/>'s (it records another store, or posts beyond the store's highest
    /// key), or null when it is. An index that records no store (committed before stores had an identity) is taken for
    /// the store's when it holds as many posts as the store does.
    /// </summary>
    public static async Task<string?> WhyNotOfAsync(SearchIndex index, ArchiveDbContext db, StoreStamp store, CancellationToken ct = default)
    {
        if (index.CommittedStore is not { } indexed)
        {
            var documents = index.WithSearcher(searcher => searcher.IndexReader.NumDocs);
            var posts = await db.Posts.CountAsync(ct);
            return documents == posts ? null : $"it records no store, and holds {documents} posts where the store has {posts}";
        }
        if (!string.Equals(indexed.StoreId, store.StoreId, StringComparison.Ordinal))
        {
            return $"it was built from store {indexed.StoreId}, and this store is {store.StoreId}";
        }
        if (indexed.HighestPostKey > store.HighestPostKey)
        {
            return $"it holds posts up to key {indexed.HighestPostKey}, and the store's highest is {store.HighestPostKey}";
        }
        return null;
    }
}
