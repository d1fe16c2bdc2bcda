using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Ingest;
using Archive.Web.Ingest;
using Microsoft.EntityFrameworkCore;

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

        await ArchiveOpener.OpenAsync(services, ct);
        logger.LogInformation("Store ready at {StorePath}", options.StorePath);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        if (options.DemoData && !await db.Posts.AnyAsync(ct))
        {
            await IngestDemoAsync(scope.ServiceProvider.GetRequiredService<ArchiveIngester>(), options, logger, ct);
        }

        var probe = services.GetRequiredService<PostSearcher>().Search(new SearchRequest { PageSize = 1, WithFacets = false });
        logger.LogInformation("Index ready at {IndexPath}: {Total} posts searchable", options.IndexPath, probe.Total);
        services.GetRequiredService<ArchiveReadiness>().MarkReady();
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
