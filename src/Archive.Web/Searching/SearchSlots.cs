using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Web.Hosting;

namespace Archive.Web.Searching;

/// <summary>
/// A few requests that search run at once; the rest wait their turn in arrival order. On two cores, sharing the CPU
/// among every request in flight stretches each of them by the number in flight, so a slow query (a common word with
/// tens of thousands of hits) finished last; taken in turns, each runs at full speed once started and the wait is the
/// same for all. Pages, the API and feeds take a slot; static files and health checks never wait behind searches.
/// </summary>
public sealed class SearchSlots : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public SearchSlots(ArchiveOptions options)
    {
        Limit = options.SearchConcurrency > 0 ? options.SearchConcurrency : 2 * Environment.ProcessorCount;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Limit,
            QueueLimit = options.SearchQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>How many searches run at once.</summary>
    public int Limit { get; }

    /// <summary>Waits for a slot; the lease says whether one was given (not when the queue was full).</summary>
    public ValueTask<RateLimitLease> WaitAsync(CancellationToken ct) => _limiter.AcquireAsync(1, ct);

    public void Dispose() => _limiter.Dispose();

    /// <summary>Marks endpoints whose requests take a slot.</summary>
    public sealed class Required
    {
        internal static readonly Required Instance = new();
    }
}

/// <summary>Wiring of <see cref="SearchSlots"/>: the marker on endpoints, and the middleware that honours it.</summary>
public static class SearchSlotsExtensions
{
    /// <summary>Requests to these endpoints wait for a search slot.</summary>
    public static TBuilder TakeSearchSlot<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(SearchSlots.Required.Instance);

    /// <summary>Queues requests to marked endpoints for a slot; a full queue answers 503 with Retry-After.</summary>
    public static IApplicationBuilder UseSearchSlots(this IApplicationBuilder app)
    {
        var slots = app.ApplicationServices.GetRequiredService<SearchSlots>();
        return app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SearchSlots.Required>() is null)
            {
                await next(context);
                return;
            }
            RateLimitLease lease;
            try
            {
                lease = await slots.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // The client left while waiting.
            }
            using (lease)
            {
                if (!lease.IsAcquired)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.Headers.RetryAfter = "1";
                    await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                        $"The archive is answering {slots.Limit} searches and has more waiting; try again in a second."), context.RequestAborted);
                    return;
                }
                await next(context);
            }
        });
    }
}
