using System.Globalization;
using Archive.Search.Analysis;
using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Storage.Identity;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Directory = Lucene.Net.Store.Directory;

namespace Archive.Search;

/// <summary>
/// The index on disk for the life of the app: one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/>
/// over it, refreshed in the background so searches see committed changes within a second.
/// A missing or corrupt index is recreated empty (and <see cref="NeedsRebuild"/> set) instead of failing;
/// when another process holds the writer lock it opens read-only.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(200);

    private readonly ILogger<SearchIndex> _logger;
    private readonly Directory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _refresher;
    private volatile bool _disposed;
    private int _refreshSuspended;

    public SearchIndex(string path, ILogger<SearchIndex>? logger = null)
    {
        _logger = logger ?? NullLogger<SearchIndex>.Instance;
        Path = path;
        System.IO.Directory.CreateDirectory(path);
        _directory = new IndexDirectory(path);
        (_writer, _searchers) = Open();
        _refresher = Task.Run(RefreshLoopAsync);
    }

    public string Path { get; }

    /// <summary>Analysis per field, for indexing: morphology with hashtag parts on the text, plain words for prefixes.</summary>
    public static Analyzer IndexAnalyzer { get; } = new PerFieldAnalyzerWrapper(
        new MorphologyAnalyzer(splitCamelCase: true, captureWords: true),
        new Dictionary<string, Analyzer> { [PostFields.Words] = new WordsAnalyzer() });

    /// <summary>Analysis of query words against <see cref="PostFields.Text"/>.</summary>
    public static Analyzer QueryAnalyzer { get; } = new MorphologyAnalyzer(splitCamelCase: false);

    /// <summary>Analysis of query prefixes and snippet words (unstemmed).</summary>
    public static Analyzer WordsAnalyzer { get; } = new WordsAnalyzer();

    /// <summary>True while the index is open and searchable: what /readyz reports.</summary>
    public bool IsOpen => !_disposed;

    /// <summary>True when this process could take the writer; false when another process (a running server) holds it.</summary>
    public bool IsWritable => _writer is not null;

    /// <summary>Set when the index was missing or corrupt and was recreated empty: it must be rebuilt from the store.</summary>
    public bool NeedsRebuild { get; internal set; }

    internal IndexWriter Writer => _writer ?? throw new InvalidOperationException(
        $"The index at {Path} is open read-only: another process holds its writer.");

    /// <summary>Runs <paramref name="search"/> with a searcher acquired and released around it.</summary>
    public T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// A searcher held until the lease is disposed: one state of the index for a walk over many pages (a download of
    /// every hit), whatever is committed meanwhile.
    /// </summary>
    internal SearcherLease LeaseSearcher()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers, _searchers.Acquire());
    }

    /// <summary>A searcher acquired from the manager, released once on dispose.</summary>
    internal sealed class SearcherLease(SearcherManager searchers, IndexSearcher searcher) : IDisposable
    {
        private int _released;

        public IndexSearcher Searcher { get; } = searcher;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                searchers.Release(Searcher);
            }
        }
    }

    /// <summary>The version of the index a searcher reads: it changes with every commit, so a cursor made on one
    /// version is only meaningful on the same one.</summary>
    internal static long VersionOf(IndexSearcher searcher) => ((DirectoryReader)searcher.IndexReader).Version;

    /// <summary>
    /// Reads every file of every segment through the checksum Lucene wrote at its end; returns what failed (a segment
    /// and the reason), or null when every file is whole. Reads the whole index once, file by file, from start to end.
    /// </summary>
    /// <remarks>
    /// Opening the index reads each file's header and the small files whole, so damage in the middle of a large file
    /// (the stored fields, the postings) shows only when a search reaches it, as a failed decompression on some pages.
    /// </remarks>
    public string? FindDamage() => WithSearcher(searcher =>
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            try
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            // CorruptIndexException is the checksum's; an index cut short reads past the end of a file.
            catch (IOException e)
            {
                return $"{leaf.AtomicReader}: {e.Message}";
            }
        }
        return null;
    });

    // The commit's user data: which store the index was built from, and the highest post key it has taken in.
    private const string StoreIdKey = "store-id", HighestPostKeyKey = "highest-post-key";

    /// <summary>
    /// The store the last commit recorded (<see cref="Commit"/>), or null for an index committed without one (written
    /// before stores had an identity). Later commits keep it until the next <see cref="Commit"/> replaces it.
    /// </summary>
    public StoreStamp? CommittedStore
    {
        get
        {
            var data = _writer?.CommitData ?? WithSearcher(searcher => ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
            return data.TryGetValue(StoreIdKey, out var id) && data.TryGetValue(HighestPostKeyKey, out var highest)
                && long.TryParse(highest, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
                ? new StoreStamp(id, key)
                : null;
        }
    }

    /// <summary>Commits what the writer holds, recording <paramref name="store"/> as the store it was built from and how far.</summary>
    public void Commit(StoreStamp store)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [StoreIdKey] = store.StoreId,
            [HighestPostKeyKey] = store.HighestPostKey.ToString(CultureInfo.InvariantCulture),
        });
        Writer.Commit();
    }

    /// <summary>Makes everything committed so far visible to the next search.</summary>
    public void Refresh()
    {
        if (!_disposed)
        {
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>
    /// Merges the index into one segment when it has several, commits, and lets searches see the result; returns how
    /// many segments there were (nothing is done for one or none, or when the index is open read-only). Throws
    /// <see cref="ObjectDisposedException"/> when the index is closed before the merge is done (the merge is abandoned).
    /// </summary>
    /// <remarks>
    /// Every search pays per segment: a term lookup per segment for each query word, the facet ordinals, the collectors.
    /// A rebuild leaves one segment per flushed RAM buffer (eight at 100k posts), and an archive changes little once
    /// built. Searches go on over the old segments while the merge runs, then move to the merged one.
    /// </remarks>
    public int MergeSegments()
    {
        if (_writer is null)
        {
            return 0;
        }
        var segments = WithSearcher(searcher => searcher.IndexReader.Leaves.Count);
        if (segments <= 1)
        {
            return segments;
        }
        try
        {
            _writer.ForceMerge(1);
        }
        catch (IOException e) when (e.InnerException is MergePolicy.MergeAbortedException)
        {
            throw new ObjectDisposedException(nameof(SearchIndex), "The index was closed while its segments were being merged; the merge was abandoned.");
        }
        _writer.Commit();
        Refresh();
        return segments;
    }

    /// <summary>Keeps the background refresh from publishing a half-built index while a rebuild runs.</summary>
    internal IDisposable SuspendRefresh()
    {
        Interlocked.Increment(ref _refreshSuspended);
        return new Resume(this);
    }

    private sealed class Resume(SearchIndex index) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref index._refreshSuspended);
            }
        }
    }

    private (IndexWriter?, SearcherManager) Open()
    {
        try
        {
            return OpenExisting();
        }
        catch (LockObtainFailedException)
        {
            _logger.LogWarning("The index at {IndexPath} is locked by another process; opening it read-only", Path);
            if (!DirectoryReader.IndexExists(_directory))
            {
                throw new InvalidOperationException($"The index at {Path} is locked by another process and has no commit yet.");
            }
            return (null, new SearcherManager(_directory, new FacetWarmingSearcherFactory()));
        }
        // Whatever else opening throws (truncated files read past EOF, bad checksums, foreign files) means the index is unusable.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "The index at {IndexPath} is unreadable ({Reason}); recreating it empty to rebuild from the store", Path, e.Message);
            NeedsRebuild = true;
            // Even a CREATE writer reads the old segments files, so the broken ones must go first.
            foreach (var file in _directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
            {
                _directory.DeleteFile(file);
            }
            var writer = NewWriter(OpenMode.CREATE);
            writer.Commit();
            return (writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new FacetWarmingSearcherFactory()));
        }
    }

    // An index written before the place field sorts a day's posts arbitrarily (and lacks nothing else): rebuilt once.
    private static bool LacksChannelOrder(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.NumDocs > 0 && leaf.AtomicReader.FieldInfos.FieldInfo(PostFields.Place) is null)
            {
                return true;
            }
        }
        return false;
    }

    private (IndexWriter, SearcherManager) OpenExisting()
    {
        var exists = DirectoryReader.IndexExists(_directory);
        if (!exists)
        {
            _logger.LogInformation("No index at {IndexPath}; creating it, to be built from the store", Path);
            NeedsRebuild = true;
        }
        var writer = NewWriter(exists ? OpenMode.APPEND : OpenMode.CREATE);
        try
        {
            if (!exists)
            {
                writer.Commit();
            }
            var searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new FacetWarmingSearcherFactory());
            // Opening a reader reads every segment's header, so a truncated or foreign file fails here, not in the first search.
            var searcher = searchers.Acquire();
            try
            {
                if (exists && LacksChannelOrder(searcher.IndexReader))
                {
                    _logger.LogInformation("The index at {IndexPath} was built before posts had their place in the channel; rebuilding it from the store", Path);
                    NeedsRebuild = true;
                }
            }
            finally
            {
                searchers.Release(searcher);
            }
            return (writer, searchers);
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private IndexWriter NewWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(MorphologyAnalyzer.Version, IndexAnalyzer)
        {
            OpenMode = mode,
            Codec = ArchiveCodec.Instance,
            // Full buffers are flushed by the indexing threads, side by side; what is buffered when a rebuild commits
            // is flushed by the committing thread alone while the other core waits, so a small buffer keeps that wait
            // short, with no cost from the extra flushes (docs/benchmarks.md, "Measured decisions").
            RAMBufferSizeMB = 8,
        };
        return new IndexWriter(_directory, config);
    }

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (Volatile.Read(ref _refreshSuspended) > 0)
                {
                    continue;
                }
                try
                {
                    _searchers.MaybeRefresh();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogWarning(e, "Refreshing the index searcher failed; will retry");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _stop.Cancel();
        _refresher.Wait(TimeSpan.FromSeconds(5));
        _searchers.Dispose();
        if (_writer is not null)
        {
            _writer.Commit();
            // A merge still running (the server's merge into one segment takes seconds at a million posts) is abandoned,
            // not waited for: what is committed stays, and the next start merges again. Stopping the server is quick.
            _writer.Dispose(waitForMerges: false);
        }
        _directory.Dispose();
        _stop.Dispose();
    }
}
