using System.Net;
using Archive.Web.Searching;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Searching;

/// <summary>An app that runs one search at a time and lets none wait, so a held slot makes the next search answer 503.</summary>
public sealed class OneSearchSlotApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:SearchConcurrency"] = "1",
        ["Archive:SearchQueueLimit"] = "0",
        ["Archive:DemoData"] = "false",
    };
}

public sealed class SearchSlotsTests(OneSearchSlotApp app) : IClassFixture<OneSearchSlotApp>
{
    [Fact]
    public async Task With_every_slot_taken_and_no_queue_searches_answer_503_and_health_and_files_still_answer()
    {
        var client = app.CreateClient();
        var slots = app.Services.GetRequiredService<SearchSlots>();

        using (var held = await slots.WaitAsync(CancellationToken.None))
        {
            Assert.True(held.IsAcquired);
            using var page = await client.GetAsync("/?q=parade");
            using var api = await client.GetAsync("/api/search?q=parade");
            using var feed = await client.GetAsync("/feed?q=parade");
            using var health = await client.GetAsync("/healthz");
            using var file = await client.GetAsync("/favicon.svg");

            foreach (var busy in new[] { page, api, feed })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(1), busy.Headers.RetryAfter?.Delta);
            }
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }

        using var after = await client.GetAsync("/?q=parade");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_finished_search_gives_its_slot_back()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/api/search?q=word{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
