using Archive.Parsing;
using Archive.Storage;
using Archive.Web.Hosting;
using Archive.Web.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Web.LiveImport;

/// <summary>Wiring of the live import into the site.</summary>
public static class LiveImportServices
{
    /// <summary>
    /// When <see cref="ArchiveOptions.ImportDirectory"/> is set, runs <see cref="LiveImportService"/> with <paramref name="importFile"/> as the way a file goes in.
    /// </summary>
    public static IServiceCollection AddLiveImport(this IServiceCollection services, ArchiveOptions options, Func<IServiceProvider, ImportFile> importFile)
    {
        if (!options.LiveImportEnabled)
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(importFile);
        services.AddSingleton(sp => new ImportFolderScanner(
            options.ImportDirectory!,
            options.ImportSettleTime,
            sp.GetRequiredService<ImportFile>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ImportFolderScanner>>()));
        services.AddHostedService(sp => new LiveImportService(
            sp.GetRequiredService<ImportFolderScanner>(), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LiveImportService>>()));
        return services;
    }

    /// <summary>
    /// How the live import folder brings a file in: through <see cref="ArchiveIngester"/>, in a scope of its own.
    /// A version the store already holds (its source-file row has this path and hash) is not ingested again, so a file
    /// rejected before a restart stays rejected, without a second attempt, until its content changes. A file that is not a
    /// dump is skipped (the scanner tries it again only when it changes).
    /// </summary>
    public static ImportFile ImportFileVia(IServiceProvider services) => async (path, contentHash, ct) =>
    {
        await using var scope = services.CreateAsyncScope();
        if (contentHash is not null
            && await KnownVersionAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), path, contentHash, ct) is { } known)
        {
            return known;
        }
        // A folder anyone can drop things in: only what looks like a dump is read (the check reads the file's start).
        if (!scope.ServiceProvider.GetRequiredService<DumpReader>().LooksLikeDump(path))
        {
            return ImportOutcome.Skipped();
        }
        var ingester = scope.ServiceProvider.GetRequiredService<ArchiveIngester>();
        var result = (await ingester.IngestAsync([path], channel: null, progress: null, ct))[0];
        return result.Rejected
            ? ImportOutcome.Rejected(result.Error!)
            : ImportOutcome.Ingested(result.New, result.Updated, result.Unchanged);
    };

    private static async Task<ImportOutcome?> KnownVersionAsync(ArchiveDbContext db, string path, string contentHash, CancellationToken ct)
    {
        // The ingester records files by full path.
        var fullPath = Path.GetFullPath(path);
        var known = await db.SourceFiles.AsNoTracking()
            .Where(s => s.Path == fullPath)
            .Select(s => new { s.ContentHash, s.PostCount, s.Error })
            .FirstOrDefaultAsync(ct);
        return known is not null && string.Equals(known.ContentHash, contentHash, StringComparison.OrdinalIgnoreCase)
            ? ImportOutcome.Known(known.PostCount, known.Error)
            : null;
    }
}
