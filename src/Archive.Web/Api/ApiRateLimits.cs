using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Api;

/// <summary>A fixed window per client address on /api/*: past the limit, 429 with Retry-After.</summary>
public static class ApiRateLimits
{
    public const string Policy = "api";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services, ArchiveOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => RateLimitPartition.Get(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new ClientWindow(options.ApiRequestsPerMinute, Window, context.RequestServices.GetRequiredService<TimeProvider>())));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : (int)Window.TotalSeconds;
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"The API allows {options.ApiRequestsPerMinute} requests a minute per client; try again in {retryAfter} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });

    /// <summary>
    /// One client's window: <paramref name="limit"/> requests from the first one, for <paramref name="length"/>. It knows
    /// when its window started, so a refusal says how long is really left (.NET's FixedWindowRateLimiter always says the whole window).
    /// </summary>
    internal sealed class ClientWindow(int limit, TimeSpan length, TimeProvider clock) : RateLimiter
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _started = DateTimeOffset.MinValue;
        private int _used;

        /// <summary>Idle once its window is over: the partitioned limiter then drops it, and the next request starts a new one.</summary>
        public override TimeSpan? IdleDuration
        {
            get
            {
                lock (_gate)
                {
                    var over = clock.GetUtcNow() - (_started + length);
                    return over >= TimeSpan.Zero ? over : null;
                }
            }
        }

        public override RateLimiterStatistics? GetStatistics()
        {
            lock (_gate)
            {
                return new RateLimiterStatistics { CurrentAvailablePermits = limit - _used };
            }
        }

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (now - _started >= length)
                {
                    _started = now;
                    _used = 0;
                }
                if (permitCount == 0 ? _used < limit : _used + permitCount <= limit)
                {
                    _used += permitCount;
                    return Lease.Acquired;
                }
                return new Lease(false, _started + length - now);
            }
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AttemptAcquireCore(permitCount));

        private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
        {
            public static readonly Lease Acquired = new(true, null);

            public override bool IsAcquired => acquired;

            public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
                return metadata is not null;
            }
        }
    }
}
