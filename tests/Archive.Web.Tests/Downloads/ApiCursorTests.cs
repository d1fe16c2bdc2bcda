using System.Net;
using System.Text.Json;
using Archive.Web.Ingest;
using Archive.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Downloads;

/// <summary>/api/search's next: a cursor that reads every hit once, refuses an edited one, and one the archive outgrew.</summary>
[Collection(ResultsAppCollection.Name)]
public sealed class ApiCursorTests(ResultsApp app)
{
    private static async Task<(List<string> Ids, int Total, int Pages)> WalkAsync(HttpClient client, string url)
    {
        var ids = new List<string>();
        var pages = 0;
        var total = -1;
        for (string? next = url; next is not null; pages++)
        {
            var answer = await PageResponses.JsonAsync(client, next);
            total = answer.GetProperty("total").GetInt32();
            Assert.Equal(pages + 1, answer.GetProperty("page").GetInt32());
            ids.AddRange(answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            next = answer.GetProperty("next").GetString();
            Assert.True(next is null || next.StartsWith("http://localhost/api/search?", StringComparison.Ordinal), next);
        }
        return (ids, total, pages);
    }

    [Theory]
    [InlineData("/api/search?sort=oldest")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=russia")]
    [InlineData("/api/search?sort=reactions&lang=en")]
    public async Task Following_next_reads_every_hit_once(string url)
    {
        var (ids, total, pages) = await WalkAsync(app.CreateClient(), url);

        Assert.True(total > 20, $"{url} finds {total}: not more than one page");
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal((total + 19) / 20, pages);
    }

    [Fact]
    public async Task Next_reads_the_hits_in_the_download_s_order()
    {
        var client = app.CreateClient();
        var (ids, _, _) = await WalkAsync(client, "/api/search?q=russia");

        var downloaded = (await client.GetStringAsync("/search.jsonl?q=russia")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());

        Assert.Equal(ids, downloaded);
    }

    [Fact]
    public async Task An_edited_cursor_or_one_from_another_search_is_a_400_problem()
    {
        var client = app.CreateClient();
        var next = (await PageResponses.JsonAsync(client, "/api/search?sort=oldest")).GetProperty("next").GetString()!;
        var cursor = next[(next.IndexOf("cursor=", StringComparison.Ordinal) + "cursor=".Length)..];
        var edited = cursor[..5] + (cursor[5] == 'A' ? 'B' : 'A') + cursor[6..];

        foreach (var url in new[] { $"/api/search?sort=oldest&cursor={edited}", $"/api/search?sort=newest&cursor={cursor}", "/api/search?cursor=%21%21" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("cursor", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_cursor_from_before_the_archive_changed_is_a_410_problem_saying_to_start_again()
    {
        var client = app.CreateClient();
        var next = (await PageResponses.JsonAsync(client, "/api/search?sort=oldest")).GetProperty("next").GetString()!;

        var dump = Path.Combine(app.Root, "cursor_change.txt");
        await File.WriteAllTextAsync(dump, "A post that arrives while someone pages through the archive\n");
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ArchiveIngester>().IngestAsync([dump], "Cursor Channel", null, default);
        }
        using var response = await client.GetAsync(next);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("start the search again", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_next_and_the_gone_answer()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var response = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApiSearchResponse").GetProperty("properties");
        Assert.Contains("cursor", response.GetProperty("next").GetProperty("description").GetString());
        Assert.All(response.EnumerateObject(), field => Assert.True(field.Value.TryGetProperty("description", out _), $"{field.Name} has no description"));
        var search = json.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.True(search.GetProperty("responses").TryGetProperty("410", out _), "the 410 answer is not described");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_field_of_every_answer()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var undescribed = json.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            // ProblemDetails is RFC 9457's, described there.
            .Where(schema => schema.Name != "ProblemDetails" && schema.Value.TryGetProperty("properties", out _))
            .SelectMany(schema => schema.Value.GetProperty("properties").EnumerateObject()
                .Where(field => !field.Value.TryGetProperty("description", out _))
                .Select(field => $"{schema.Name}.{field.Name}"))
            .ToList();

        Assert.True(undescribed.Count == 0, "fields without a description: " + string.Join(", ", undescribed));
    }
}
