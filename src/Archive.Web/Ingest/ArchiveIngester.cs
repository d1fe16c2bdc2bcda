using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Storage.Ingest;
using Archive.Web.Hosting;

namespace Archive.Web.Ingest;

/// <summary>
/// The one way posts come in (the ingest verb, the demo data, the live import folder): the store first, then the index.
/// A marker file spans the two, so an import killed between them is caught up by the next import or start.
/// </summary>
public sealed class ArchiveIngester(
    DumpIngester ingester,
    SearchIndex index,
    PostIndexer indexer,
    IndexVerifier verifier,
    ArchiveDbContext db,
    ArchiveOptions options,
    ILogger<ArchiveIngester> logger)
{
    // Index in batches: a Lucene commit after every small file would dominate a large ingest.
    private const int IndexBatch = 20_000;

    private string MarkerPath => Path.Combine(options.DataDirectory, "index-pending");

    /// <summary>Ingests <paramref name="files"/> in order, one store transaction each, and indexes what changed.</summary>
    public async Task<IReadOnlyList<FileIngestResult>> IngestAsync(
        IReadOnlyList<string> files, string? channel, Action<string>? progress, CancellationToken ct)
    {
        await CatchUpAsync(ct);
        await File.WriteAllTextAsync(MarkerPath, DateTimeOffset.UtcNow.ToString("O"), ct);

        // Into an empty index (a first import), one rebuild at the end costs far less than updating post by post
        // (docs/benchmarks.md, "Measured decisions"); an import into a populated index updates what changed, in batches.
        var firstImport = index.WithSearcher(searcher => searcher.IndexReader.NumDocs) == 0;
        var results = new List<FileIngestResult>(files.Count);
        var changed = new List<string>();
        // The files go in one by one, each read (by the ingester) while the one before it is written.
        await using var ingest = ingester.IngestFilesAsync(files, channel, ct).GetAsyncEnumerator(ct);
        foreach (var file in files)
        {
            progress?.Invoke(file);
            await ingest.MoveNextAsync();
            var result = ingest.Current;
            results.Add(result);
            if (firstImport)
            {
                continue;
            }
            changed.AddRange(result.ChangedPostIds);
            // Older posts a new one copies: their copy counts on the index change too.
            changed.AddRange(result.CopiesChangedPostIds);
            if (changed.Count >= IndexBatch)
            {
                await indexer.IndexAsync(db, changed, ct);
                changed.Clear();
            }
        }
        if (firstImport && results.Any(r => r.ChangedPostIds.Count > 0))
        {
            await indexer.RebuildAsync(db, ct);
        }
        else if (changed.Count > 0)
        {
            await indexer.IndexAsync(db, changed, ct);
        }

        // Only a run that got this far leaves store and index in step; anything else keeps the marker for a catch-up.
        File.Delete(MarkerPath);
        return results;
    }

    /// <summary>When an earlier import stopped between the store and the index, indexes what the store has that the index lacks.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (!File.Exists(MarkerPath))
        {
            return;
        }
        var differences = await verifier.CompareAsync(db, ct);
        if (differences.Damage is not null)
        {
            logger.LogWarning("An earlier import stopped before indexing, and the index is damaged ({Damage}); rebuilding it from the store", differences.Damage);
            await indexer.RebuildAsync(db, ct);
        }
        else if (!differences.InStep)
        {
            var ids = differences.MissingFromIndex.Concat(differences.Stale).Concat(differences.NotInStore).ToList();
            await indexer.IndexAsync(db, ids, ct);
            logger.LogWarning("An earlier import stopped before indexing; caught up {Missing} missing, {Stale} stale and {Gone} removed posts",
                differences.MissingFromIndex.Count, differences.Stale.Count, differences.NotInStore.Count);
        }
        File.Delete(MarkerPath);
    }
}
