using Archive.Storage;

namespace Archive.Search.Indexing;

/// <summary>Keeps the index in step with the store.</summary>
public sealed class PostIndexer
{
    /// <summary>(Re)indexes the given posts from the store, deleting from the index those no longer there; commits.</summary>
    public Task IndexAsync(ArchiveDbContext db, IReadOnlyCollection<string> postIds, CancellationToken ct = default) =>
        throw new NotImplementedException("The search branch fills this in.");

    /// <summary>Rebuilds the whole index from the store.</summary>
    public Task<int> RebuildAsync(ArchiveDbContext db, CancellationToken ct = default) =>
        throw new NotImplementedException("The search branch fills this in.");
}
