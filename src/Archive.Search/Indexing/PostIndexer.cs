using System.Collections.Concurrent;
using System.Diagnostics;
using Archive.Storage;
using Archive.Storage.Identity;
using Archive.Storage.Posts;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Search.Indexing;

/// <summary>Keeps the index in step with the store.</summary>
public sealed class PostIndexer(SearchIndex index, ILogger<PostIndexer>? logger = null)
{
    // One SQL parameter per id: SQLite's parameter limit favours moderate batches.
    private const int BatchSize = 500;

    // A rebuild reads the store in key ranges of this many posts (keyset paging: constant cost per batch).
    private const int RebuildBatchSize = 2000;
    private readonly ILogger<PostIndexer> _logger = logger ?? NullLogger<PostIndexer>.Instance;

    /// <summary>(Re)indexes the given posts from the store, deleting from the index those no longer there; commits.</summary>
    public async Task IndexAsync(ArchiveDbContext db, IReadOnlyCollection<string> postIds, CancellationToken ct = default)
    {
        var writer = index.Writer;
        // Read before the posts: the key recorded is never above one the index has taken in.
        var stamp = await StoreStamp.ReadAsync(db, ct);
        var store = new PostsForIndexing(db);
        foreach (var batch in postIds.Distinct().Chunk(BatchSize))
        {
            var posts = await store.ByIdsAsync(batch, ct);
            // IndexWriter takes documents from many threads: analysis, the bulk of the cost, runs on every core.
            Parallel.ForEach(posts, Workers(ct), () => new PostDocument(),
                (post, _, document) =>
                {
                    writer.UpdateDocument(new Term(PostFields.Id, post.Id), document.Fill(post));
                    return document;
                },
                _ => { });
            foreach (var gone in batch.Except(posts.Select(p => p.Id)))
            {
                writer.DeleteDocuments(new Term(PostFields.Id, gone));
            }
        }
        index.Commit(stamp);
        index.Refresh();
    }

    /// <summary>
    /// Re-indexes the posts the index holds under a channel name the store no longer has: a channel renamed, or merged
    /// into another, since they were indexed (posts a merge dropped leave the index). Returns how many it re-indexed.
    /// </summary>
    /// <remarks>Costs a read of the channel names on both sides when nothing was renamed, whatever the archive's size.</remarks>
    public async Task<int> IndexRenamedChannelsAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var names = (await db.Channels.AsNoTracking().Select(c => c.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (gone, ids) = index.WithSearcher(searcher => UnderOtherNames(searcher.IndexReader, names));
        if (ids.Count == 0)
        {
            return 0;
        }
        await IndexAsync(db, ids, ct);
        _logger.LogInformation("Re-indexed {Posts} posts of the channels renamed in the store: {Channels}", ids.Count, gone);
        return ids.Count;
    }

    /// <summary>The channel names the index has and <paramref name="names"/> lacks, and the ids of their live documents.</summary>
    private static (List<string> Gone, List<string> Ids) UnderOtherNames(IndexReader reader, HashSet<string> names)
    {
        var gone = new SortedSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var idOnly = new HashSet<string> { PostFields.Id };
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var terms = segment.GetTerms(PostFields.Channel)?.GetEnumerator();
            if (terms is null)
            {
                continue;
            }
            while (terms.MoveNext())
            {
                var name = terms.Term.Utf8ToString();
                if (names.Contains(name))
                {
                    continue;
                }
                var docs = terms.Docs(segment.LiveDocs, null, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    ids.Add(segment.Document(docs.DocID, idOnly).Get(PostFields.Id));
                    gone.Add(name);
                }
            }
        }
        return ([.. gone], ids);
    }

    /// <summary>Rebuilds the whole index from the store.</summary>
    public async Task<int> RebuildAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var writer = index.Writer;
        var clock = Stopwatch.StartNew();
        var count = 0;
        var committing = TimeSpan.Zero;
        using (index.SuspendRefresh())
        {
            try
            {
                var stamp = await StoreStamp.ReadAsync(db, ct);
                writer.DeleteAll();
                count = await AddAllAsync(writer, new PostsForIndexing(db), ct);
                // The commit flushes what is still buffered on this one thread: worth its own number in the log.
                var added = clock.Elapsed;
                index.Commit(stamp);
                committing = clock.Elapsed - added;
            }
            catch
            {
                // IndexWriter.Rollback would close the app's one writer; instead the next start rebuilds again.
                index.NeedsRebuild = true;
                throw;
            }
        }
        index.Refresh();
        index.NeedsRebuild = false;
        _logger.LogInformation("Rebuilt the index from the store: {Posts} posts in {ElapsedMs} ms, {CommitMs} ms of it committing",
            count, clock.ElapsedMilliseconds, (long)committing.TotalMilliseconds);
        return count;
    }

    // A pipeline: this thread reads the store while one long-lived thread per core analyses and adds documents
    // (IndexWriter takes documents from many threads). A bounded queue between them, rather than a parallel loop
    // per batch, keeps every core busy across batch boundaries and spares the thread pool's idle spinning.
    private static async Task<int> AddAllAsync(IndexWriter writer, PostsForIndexing store, CancellationToken ct)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<Post>(boundedCapacity: RebuildBatchSize * 2);
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                var document = new PostDocument();
                foreach (var post in queue.GetConsumingEnumerable(failed.Token))
                {
                    writer.AddDocument(document.Fill(post));
                }
            }
            catch
            {
                failed.Cancel();
                throw;
            }
        }, failed.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        var count = 0;
        try
        {
            long after = 0;
            while (await store.NextBatchAsync(after, RebuildBatchSize, failed.Token) is { Count: > 0 } posts)
            {
                foreach (var post in posts)
                {
                    queue.Add(post, failed.Token);
                }
                count += posts.Count;
                after = posts[^1].Key;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A worker failed: awaiting the workers below throws its exception.
        }
        finally
        {
            queue.CompleteAdding();
        }
        await Task.WhenAll(workers);
        return count;
    }

    /// <summary>
    /// Rebuilds the index when it was missing or corrupt at start, written before publication ranges or the forward
    /// sources' facet, or is not this store's (<see cref="IndexOwnership"/>); returns whether it did. An index that
    /// records no store but matches it is stamped with it instead.
    /// </summary>
    public async Task<bool> EnsureBuiltAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        if (!index.IsWritable)
        {
            return false;
        }
        if (index.NeedsRebuild)
        {
            _logger.LogInformation("The index at {IndexPath} is new or was recreated; rebuilding it from the store", index.Path);
        }
        // The date filter reads every dated post's range fields: an index written before them would match nothing.
        else if (index.WithSearcher(LacksPublishedRanges))
        {
            _logger.LogInformation("The index at {IndexPath} has no publication ranges; rebuilding it from the store", index.Path);
        }
        // The forward sources' facet and words: an index written before them counts no sources and finds no forward by its source's name.
        else if (index.WithSearcher(LacksForwardFacet))
        {
            _logger.LogWarning("The index at {IndexPath} was written before the forward sources' facet; rebuilding it from the store", index.Path);
        }
        else
        {
            var store = await StoreStamp.ReadAsync(db, ct);
            var indexed = index.CommittedStore;
            if (await IndexOwnership.WhyNotOfAsync(index, db, store, ct) is not { } why)
            {
                if (indexed is null)
                {
                    index.Commit(store);
                }
                return false;
            }
            // The reason reads with its numbers; the scope gives them to the log as properties too.
            using (_logger.BeginScope(new Dictionary<string, object?>
            {
                ["IndexStoreId"] = indexed?.StoreId, ["IndexHighestPostKey"] = indexed?.HighestPostKey,
                ["StoreId"] = store.StoreId, ["StoreHighestPostKey"] = store.HighestPostKey,
            }))
            {
                _logger.LogWarning("The index at {IndexPath} is not this store's: {Reason}; rebuilding it from the store", index.Path, why);
            }
        }
        await RebuildAsync(db, ct);
        return true;
    }

    private static bool LacksForwardFacet(IndexSearcher searcher)
    {
        var fields = MultiFields.GetMergedFieldInfos(searcher.IndexReader);
        return fields.FieldInfo(PostFields.ForwardedFrom) is not null && fields.FieldInfo(PostFields.FacetForwarded) is null;
    }

    private static bool LacksPublishedRanges(IndexSearcher searcher)
    {
        var fields = MultiFields.GetMergedFieldInfos(searcher.IndexReader);
        return fields.FieldInfo(PostFields.Published) is not null && fields.FieldInfo(PostFields.PublishedEarliest) is null;
    }

    // One analysing thread per core. Unbounded, the thread pool adds threads while workers wait on the writer's
    // locks: each extra thread costs a writer state (smaller segments, more merging) and lock contention.
    private static ParallelOptions Workers(CancellationToken ct) =>
        new() { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
}
