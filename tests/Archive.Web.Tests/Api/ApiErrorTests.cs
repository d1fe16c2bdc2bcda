using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Api;

[Collection(ArchiveAppCollection.Name)]
public sealed class ApiErrorTests(ArchiveAppFixture app)
{
    [Theory]
    [InlineData("/api/search?from=yesterday", "from")]
    [InlineData("/api/search?lang=klingon", "lang")]
    [InlineData("/api/search?page=-1", "page")]
    [InlineData("/api/search?sort=random", "sort")]
    [InlineData("/api/search?copies=maybe", "copies")]
    public async Task An_unreadable_parameter_is_a_400_problem_naming_it_with_help(string url, string parameter)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(parameter + " ", json.RootElement.GetProperty("detail").GetString());
        Assert.Contains("tags=any|all", json.RootElement.GetProperty("help").GetString());
    }

    [Fact]
    public async Task A_missing_post_is_a_404_problem_in_JSON()
    {
        using var response = await app.CreateClient().GetAsync("/api/posts/no-such-post");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("no-such-post", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_missing_post_page_is_the_site_s_404_page()
    {
        using var response = await app.CreateClient().GetAsync("/posts/no-such-post");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_both_endpoints_in_snake_case()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out _), "no /api/search in the OpenAPI document");
        Assert.True(paths.TryGetProperty("/api/posts/{id}", out _), "no /api/posts/{id} in the OpenAPI document");
        var hit = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApiHit").GetProperty("properties");
        Assert.True(hit.TryGetProperty("published_confidence", out _), "ApiHit has no published_confidence");
    }
}
