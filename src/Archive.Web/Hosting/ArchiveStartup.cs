using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Ingest;
using Archive.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Hosting;

/// <summary>Runs before the server listens: migrates the store, opens the index, and fills an empty store with the demo dumps.</summary>
public sealed class ArchiveStartup(
    IServiceProvider services,
    ArchiveOptions options,
    ArchiveReadiness readiness,
    ILogger<ArchiveStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveStore.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Store ready at {StorePath}", options.StorePath);

        // The index opens (and is rebuilt when missing or corrupt) before anything is added to it.
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        await scope.ServiceProvider.GetRequiredService<PostIndexer>().EnsureBuiltAsync(db, cancellationToken);
        await importer.CatchUpAsync(cancellationToken);

        if (options.DemoData && !await db.Posts.AnyAsync(cancellationToken))
        {
            await IngestDemoAsync(importer, cancellationToken);
        }

        var probe = scope.ServiceProvider.GetRequiredService<PostSearcher>().Search(new SearchRequest { PageSize = 1, WithFacets = false });
        logger.LogInformation("Index ready at {IndexPath}: {Total} posts searchable", options.IndexPath, probe.Total);
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task IngestDemoAsync(ArchiveImporter importer, CancellationToken ct)
    {
        if (!Directory.Exists(options.DemoDirectory))
        {
            logger.LogWarning("Demo data is on but {DemoDirectory} does not exist; starting with an empty archive", options.DemoDirectory);
            return;
        }
        var files = IngestPaths.Expand([options.DemoDirectory]);
        logger.LogInformation("Empty store: ingesting {Count} demo dumps from {DemoDirectory}", files.Count, options.DemoDirectory);
        var results = await importer.ImportAsync(files, channel: null, progress: null, ct);
        logger.LogInformation("Demo archive ready: {Posts} posts from {Files} files", results.Sum(r => r.New), results.Count(r => !r.Rejected));
    }
}
