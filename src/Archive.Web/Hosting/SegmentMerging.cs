using System.Diagnostics;
using Archive.Search;

namespace Archive.Web.Hosting;

/// <summary>
/// Once the site is up, merges the index into one segment in the background when a rebuild or imports left several
/// (<see cref="SearchIndex.MergeSegments"/>); searches are answered from the old segments meanwhile.
/// </summary>
/// <remarks>
/// Here rather than at the end of a rebuild: the merge takes about a seventh of a rebuild's time, and a rebuild
/// (`reindex`, the first import) is done and searchable once it has committed. The server merges what it finds
/// on start instead, on one core, while it already answers.
/// </remarks>
public sealed class SegmentMerging(SearchIndex index, ILogger<SegmentMerging> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ForceMerge cannot be cancelled: on shutdown the host does not wait for it, and closing the index abandons
        // the merge without losing anything committed (MergeSegments then throws ObjectDisposedException).
        var merge = Task.Run(Merge, CancellationToken.None);
        try
        {
            await merge.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Merge()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var segments = index.MergeSegments();
            if (segments > 1)
            {
                logger.LogInformation("Merged the index's {Segments} segments into one in {ElapsedMs} ms", segments, clock.ElapsedMilliseconds);
            }
        }
        catch (ObjectDisposedException)
        {
            logger.LogInformation("The index closed before its {ElapsedMs} ms segment merge finished; the merge is left for the next start", clock.ElapsedMilliseconds);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Merging the index's segments failed; searches go on over the segments as they are");
        }
    }
}
