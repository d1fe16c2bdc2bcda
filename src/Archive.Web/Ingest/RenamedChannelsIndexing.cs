using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Ingest;

/// <summary>
/// While the site runs, re-indexes the posts of channels renamed in the store by another process ("channels rename"
/// beside a running server, which holds the index): the site shows the new name without a restart.
/// </summary>
/// <remarks>
/// Polls SQLite's data_version, one pragma on a connection of its own, every <see cref="Interval"/>; only after a commit
/// of another connection does it compare the store's channel names with the index's (<see cref="PostIndexer.IndexRenamedChannelsAsync"/>).
/// The first look, at start, also catches a rename whose verb stopped before it indexed.
/// </remarks>
public sealed class RenamedChannelsIndexing(
    SearchIndex index, PostIndexer indexer, IDbContextFactory<ArchiveDbContext> contexts, ArchiveOptions options, ILogger<RenamedChannelsIndexing> logger)
    : BackgroundService
{
    /// <summary>How often the store is asked whether anything committed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!index.IsWritable)
        {
            return;
        }
        using var changes = new StoreChanges(options.StorePath);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    if (changes.Changed())
                    {
                        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                        await indexer.IndexRenamedChannelsAsync(db, stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Looking for channels renamed in the store failed; trying again in {IntervalSeconds} s", Interval.TotalSeconds);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
