using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Search;

/// <summary>Wiring of the search index into an app.</summary>
public static class SearchServices
{
    /// <summary>Registers the one <c>SearchIndex</c> (writer + searcher manager) at <paramref name="indexPath"/>, <c>PostIndexer</c> and <c>PostSearcher</c> (which reads hits' texts with the store's <c>PostTextReader</c>: register the store too, <c>AddArchiveStore</c>). The host's start-up calls <c>PostIndexer.EnsureBuiltAsync</c> once the store is migrated.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, string indexPath)
    {
        services.AddSingleton(sp => new SearchIndex(indexPath, sp.GetService<ILogger<SearchIndex>>()));
        services.AddSingleton<PostIndexer>();
        services.AddSingleton<PostSearcher>();
        services.AddSingleton<IndexVerifier>();
        return services;
    }
}
