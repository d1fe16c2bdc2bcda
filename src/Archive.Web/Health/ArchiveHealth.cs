using Archive.Search.Querying;
using Archive.Storage;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Web.Health;

/// <summary>/healthz: the process answers. /readyz: start-up finished, the store answers a query and the index a search.</summary>
public static class ArchiveHealth
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddArchiveHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreAndIndexCheck>("store-and-index", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapArchiveHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }

    /// <summary>Ready means: start-up done, the SQLite file opens, the index answers.</summary>
    private sealed class StoreAndIndexCheck(ArchiveReadiness readiness, ArchiveDbContext db, PostSearcher searcher) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!readiness.IsReady)
            {
                return HealthCheckResult.Unhealthy("Starting: the store or the index is not open yet.");
            }
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The store does not open.");
            }
            try
            {
                searcher.Search(new SearchRequest { PageSize = 1, WithFacets = false });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The index does not answer.", e);
            }
            return HealthCheckResult.Healthy();
        }
    }
}
