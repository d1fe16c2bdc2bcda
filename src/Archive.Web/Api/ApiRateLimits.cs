using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Api;

/// <summary>A fixed window per client address on /api/*: past the limit, 429 with Retry-After.</summary>
public static class ApiRateLimits
{
    public const string Policy = "api";

    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services, ArchiveOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.ApiRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : 60;
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"The API allows {options.ApiRequestsPerMinute} requests a minute per client; try again in {retryAfter} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
}
