using Microsoft.Extensions.DependencyInjection;

namespace Archive.Search;

/// <summary>Wiring of the search index into an app.</summary>
public static class SearchServices
{
    /// <summary>Registers the one <c>SearchIndex</c> (writer + searcher manager) at <paramref name="indexPath"/>, <c>PostIndexer</c> and <c>PostSearcher</c>.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, string indexPath) =>
        throw new NotImplementedException("The search branch fills this in.");
}
