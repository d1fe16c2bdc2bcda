using Archive.Search;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Ingest;
using Archive.Web.Ingest;

namespace Archive.Web.Hosting;

/// <summary>What the site does before it serves: opens the archive, fills an empty store with the demo dumps, and says it is ready.</summary>
public static class ArchiveStartup
{
    /// <summary>
    /// Runs before the host starts, so the server listens only once the archive is open, and an archive that cannot
    /// be opened stops the start with the one-line reason rather than a failed host and its stack trace.
    /// </summary>
    public static async Task OpenArchiveAsync(this WebApplication app, CancellationToken ct)
    {
        var services = app.Services;
        var options = services.GetRequiredService<ArchiveOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveStartup));

        // The demo goes only into a data folder with no store at all: a store that is there is the user's, even when
        // it holds no posts (and one that cannot be read stops the start in OpenAsync, never to be replaced).
        var newStore = !File.Exists(options.StorePath);
        await ArchiveOpener.OpenAsync(services, ct);
        logger.LogInformation("Store ready at {StorePath}", options.StorePath);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await RebuildWhenDamagedAsync(services, db, logger, ct);
        if (options.DemoData && newStore)
        {
            await IngestDemoAsync(scope.ServiceProvider.GetRequiredService<ArchiveIngester>(), options, logger, ct);
        }

        var probe = services.GetRequiredService<PostSearcher>().Search(new SearchRequest { PageSize = 1, WithFacets = false });
        logger.LogInformation("Index ready at {IndexPath}: {Total} posts searchable", options.IndexPath, probe.Total);
        services.GetRequiredService<ArchiveReadiness>().MarkReady();
    }

    /// <summary>
    /// Checks every index file against its checksum before the site serves, and rebuilds the index from the store when
    /// one fails: a damaged segment otherwise opens without a word and fails the pages whose hits it holds.
    /// </summary>
    /// <remarks>
    /// Before serving rather than in the background: a rebuild run beside the live import would race its updates, and a
    /// damaged index is then never served. The price is one sequential read of the index at every start (the segment
    /// merge that follows reads it all again). A server that does not hold the writer leaves the index to the one that does.
    /// </remarks>
    private static async Task RebuildWhenDamagedAsync(IServiceProvider services, ArchiveDbContext db, ILogger logger, CancellationToken ct)
    {
        var index = services.GetRequiredService<SearchIndex>();
        if (!index.IsWritable || index.FindDamage() is not { } damage)
        {
            return;
        }
        logger.LogWarning("The index at {IndexPath} is damaged ({Damage}); rebuilding it from the store", index.Path, damage);
        await services.GetRequiredService<PostIndexer>().RebuildAsync(db, ct);
    }

    private static async Task IngestDemoAsync(ArchiveIngester ingester, ArchiveOptions options, ILogger logger, CancellationToken ct)
    {
        if (!Directory.Exists(options.DemoDirectory))
        {
            logger.LogWarning("Demo data is on but {DemoDirectory} does not exist; starting with an empty archive", options.DemoDirectory);
            return;
        }
        var files = IngestPaths.Expand([options.DemoDirectory]);
        logger.LogInformation("Empty store: ingesting {Count} demo dumps from {DemoDirectory}", files.Count, options.DemoDirectory);
        var results = await ingester.IngestAsync(files, channel: null, progress: null, ct);
        logger.LogInformation("Demo archive ready: {Posts} posts from {Files} files", results.Sum(r => r.New), results.Count(r => !r.Rejected));
    }
}
