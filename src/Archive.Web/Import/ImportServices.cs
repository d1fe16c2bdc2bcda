using Archive.Parsing;
using Archive.Storage.Ingest;
using Archive.Web.Hosting;

namespace Archive.Web.Import;

/// <summary>Wiring of the import path (parsers, ingester, importer) for the site and the verbs alike.</summary>
public static class ImportServices
{
    /// <summary>Registers <see cref="ArchiveImporter"/> and what it needs; the store and the index must be registered too.</summary>
    public static IServiceCollection AddArchiveImport(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddSingleton(DumpReader.Default);
        services.AddSingleton(new ParseOptions { DateOrder = options.DateOrder });
        services.AddScoped<DumpIngester>();
        services.AddScoped<ArchiveImporter>();
        return services;
    }

    /// <summary>How the live import folder brings a file in: through the importer, in a scope of its own.</summary>
    public static ImportFile ImportFileVia(IServiceProvider services) => async (path, ct) =>
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var result = (await importer.ImportAsync([path], channel: null, progress: null, ct))[0];
        return result.Rejected
            ? ImportOutcome.Rejected(result.Error!)
            : ImportOutcome.Ingested(result.New, result.Updated, result.Unchanged);
    };
}
