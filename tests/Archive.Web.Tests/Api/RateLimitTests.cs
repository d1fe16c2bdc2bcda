using System.Net;
using System.Text.Json;
using Archive.Web.Tests.LiveImport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Api;

/// <summary>An app whose API allows two requests a minute, so the third is refused; its clock moves only when a test says.</summary>
public sealed class TightRateLimitApp : ArchiveAppFixture
{
    internal ManualClock Clock { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:ApiRequestsPerMinute"] = "2",
        ["Archive:DemoData"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Moves past any window a test before has started, so the next request starts a fresh one.</summary>
    public void StartAfresh() => Clock.Advance(TimeSpan.FromMinutes(2));
}

// One test at a time: they share the test client's window.
public sealed class RateLimitTests(TightRateLimitApp app) : IClassFixture<TightRateLimitApp>
{
    [Fact]
    public async Task The_API_answers_429_with_Retry_After_past_the_limit()
    {
        app.StartAfresh();
        var client = app.CreateClient();
        using var first = await client.GetAsync("/api/search?q=parade");
        using var second = await client.GetAsync("/api/search?q=berlin");
        using var third = await client.GetAsync("/api/search?q=victory");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Retry_After_says_what_is_left_of_the_window_and_the_API_answers_again_then()
    {
        app.StartAfresh();
        var client = app.CreateClient();
        using var first = await client.GetAsync("/api/search?q=parade");
        app.Clock.Advance(TimeSpan.FromSeconds(25));
        using var second = await client.GetAsync("/api/search?q=berlin");
        using var refused = await client.GetAsync("/api/search?q=victory");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(35), refused.Headers.RetryAfter?.Delta);

        app.Clock.Advance(TimeSpan.FromSeconds(34.5));
        using var stillRefused = await client.GetAsync("/api/search?q=victory");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), stillRefused.Headers.RetryAfter?.Delta);

        app.Clock.Advance(TimeSpan.FromSeconds(0.5));
        using var again = await client.GetAsync("/api/search?q=victory");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
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
