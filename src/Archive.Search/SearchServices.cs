using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Search;

/// <summary>Wiring of the search index into an app.</summary>
public static class SearchServices
{
    /// <summary>Registers the one <c>SearchIndex</c> (writer + searcher manager) at <paramref name="indexPath"/>, <c>PostIndexer</c> and <c>PostSearcher</c>, and a start-up step that rebuilds a missing or corrupt index from the store.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, string indexPath)
    {
        services.AddSingleton(sp => new SearchIndex(indexPath, sp.GetService<ILogger<SearchIndex>>()));
        services.AddSingleton<PostIndexer>();
        services.AddSingleton<PostSearcher>();
        services.AddSingleton<IndexVerifier>();
        services.AddHostedService<IndexStartup>();
        return services;
    }
}

/// <summary>At app start: opens the index and, when it was missing or corrupt, rebuilds it from the store.</summary>
internal sealed class IndexStartup(IServiceProvider services, ILogger<IndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var indexer = services.GetRequiredService<PostIndexer>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetService<ArchiveDbContext>();
        if (db is null)
        {
            logger.LogWarning("No store is registered; the index is not checked against it at start");
            return;
        }
        try
        {
            await indexer.EnsureBuiltAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The site still serves (with an empty or partial index) rather than failing to start; "reindex" repairs it.
            logger.LogError(e, "Rebuilding the index from the store at start failed; searches may miss posts until \"reindex\" runs");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
