using System.Net;

namespace Archive.Web.Tests.Api;

/// <summary>An app whose API allows two requests a minute, so the third is refused.</summary>
public sealed class TightRateLimitApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:ApiRequestsPerMinute"] = "2",
        ["Archive:DemoData"] = "false",
    };
}

public sealed class RateLimitTests(TightRateLimitApp app) : IClassFixture<TightRateLimitApp>
{
    [Fact]
    public async Task The_API_answers_429_with_Retry_After_past_the_limit()
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync("/api/search?q=parade");
        using var second = await client.GetAsync("/api/search?q=berlin");
        using var third = await client.GetAsync("/api/search?q=victory");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Pages_are_not_rate_limited()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/about");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
