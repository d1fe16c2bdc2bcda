using Archive.Storage;
using Archive.Storage.Identity;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Indexing;

/// <summary>
/// How the index differs from the store: posts it lacks, documents the store no longer has, and posts whose text
/// changed since they were indexed; or, when <see cref="Damage"/> is set, that the index is damaged and was not compared.
/// <see cref="NotOfStore"/> says why the index is not this store's (<see cref="IndexOwnership"/>), when it is not.
/// </summary>
public sealed record IndexDifferences(
    int StorePosts,
    int IndexDocuments,
    IReadOnlyList<string> MissingFromIndex,
    IReadOnlyList<string> NotInStore,
    IReadOnlyList<string> Stale,
    string? Damage = null,
    string? NotOfStore = null)
{
    public bool InStep => Damage is null && NotOfStore is null && MissingFromIndex.Count == 0 && NotInStore.Count == 0 && Stale.Count == 0;
}

/// <summary>Checks the index's files against their checksums, then compares store ids and content hashes with what the index holds.</summary>
public sealed class IndexVerifier(SearchIndex index)
{
    private static readonly ISet<string> IdAndHash = new HashSet<string> { PostFields.Id, PostFields.ContentHash };

    public async Task<IndexDifferences> CompareAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var store = await db.Posts.AsNoTracking().Select(p => new { p.Id, p.ContentHash })
            .ToDictionaryAsync(p => p.Id, p => p.ContentHash, StringComparer.Ordinal, ct);

        // A damaged file can fail a read below in any way (a decompression that runs off its buffer), or worse, not fail.
        if (index.FindDamage() is { } damage)
        {
            return new IndexDifferences(store.Count, 0, [], [], [], damage);
        }

        var notOfStore = await IndexOwnership.WhyNotOfAsync(index, db, await StoreStamp.ReadAsync(db, ct), ct);
        var indexed = index.WithSearcher(searcher =>
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                    {
                        continue;
                    }
                    var fields = reader.Document(doc, IdAndHash);
                    found[fields.Get(PostFields.Id)] = fields.Get(PostFields.ContentHash) ?? "";
                }
            }
            return found;
        });

        return new IndexDifferences(
            store.Count,
            indexed.Count,
            MissingFromIndex: store.Keys.Where(id => !indexed.ContainsKey(id)).Order(StringComparer.Ordinal).ToList(),
            NotInStore: indexed.Keys.Where(id => !store.ContainsKey(id)).Order(StringComparer.Ordinal).ToList(),
            Stale: store.Where(p => indexed.TryGetValue(p.Key, out var hash) && hash != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList(),
            NotOfStore: notOfStore);
    }
}
