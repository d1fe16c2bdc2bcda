using Archive.Parsing;
using Archive.Storage.Ingest;
using Archive.Web.Hosting;

namespace Archive.Web.Ingest;

/// <summary>Wiring of the ingest path (parsers, the store's ingester, <see cref="ArchiveIngester"/>) for the site and the verbs alike.</summary>
public static class IngestServices
{
    /// <summary>Registers <see cref="ArchiveIngester"/> and what it needs; the store and the index must be registered too.</summary>
    public static IServiceCollection AddArchiveIngest(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddSingleton(DumpReader.Default);
        services.AddSingleton(new ParseOptions { DateOrder = options.DateOrder, MaxPostChars = options.MaxPostChars, MaxFileBytes = options.MaxFileBytes });
        services.AddScoped<DumpIngester>();
        services.AddScoped<ArchiveIngester>();
        return services;
    }
}
