using Archive.Parsing;
using Archive.Storage;
using Archive.Storage.Ingest;
using Archive.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Import;

/// <summary>Wiring of the import path (parsers, ingester, importer) for the site and the verbs alike.</summary>
public static class ImportServices
{
    /// <summary>Registers <see cref="ArchiveImporter"/> and what it needs; the store and the index must be registered too.</summary>
    public static IServiceCollection AddArchiveImport(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddSingleton(DumpReader.Default);
        services.AddSingleton(new ParseOptions { DateOrder = options.DateOrder, MaxPostChars = options.MaxPostChars, MaxFileBytes = options.MaxFileBytes });
        services.AddScoped<DumpIngester>();
        services.AddScoped<ArchiveImporter>();
        return services;
    }

    /// <summary>
    /// How the live import folder brings a file in: through the importer, in a scope of its own.
    /// A version the store already holds (its source-file row has this path and hash) is not ingested again, so a file
    /// rejected before a restart stays rejected, without a second attempt, until its content changes.
    /// </summary>
    public static ImportFile ImportFileVia(IServiceProvider services) => async (path, contentHash, ct) =>
    {
        await using var scope = services.CreateAsyncScope();
        if (contentHash is not null
            && await KnownVersionAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), path, contentHash, ct) is { } known)
        {
            return known;
        }
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var result = (await importer.ImportAsync([path], channel: null, progress: null, ct))[0];
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
