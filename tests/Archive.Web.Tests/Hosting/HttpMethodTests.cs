using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Hosting;

/// <summary>Every method gets its proper answer: the GET answer without a body for HEAD, 405 with Allow for the rest.</summary>
[Collection(ArchiveAppCollection.Name)]
public sealed class HttpMethodTests(ArchiveAppFixture app)
{
    private async Task<HttpResponseMessage> SendAsync(string method, string url) =>
        await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

    private async Task<string> AnyPostIdAsync()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/search?q=parade"));
        return json.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/about")]
    [InlineData("/feed")]
    [InlineData("/opensearch.xml")]
    [InlineData("/api/search?q=parade")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/search.jsonl?q=parade")]
    public async Task HEAD_answers_as_GET_does(string url)
    {
        using var get = await SendAsync("GET", url);
        using var head = await SendAsync("HEAD", url);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {url} answered {(int)head.StatusCode}");
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HEAD_on_a_post_answers_as_GET_does_in_the_API_and_on_the_page()
    {
        var id = await AnyPostIdAsync();

        using var api = await SendAsync("HEAD", $"/api/posts/{id}");
        using var page = await SendAsync("HEAD", $"/posts/{id}");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/about")]
    [InlineData("DELETE", "/")]
    [InlineData("TRACE", "/feed")]
    [InlineData("POST", "/opensearch.xml")]
    [InlineData("POST", "/search.csv?q=parade")]
    public async Task Another_method_on_a_page_is_a_405_page_saying_what_is_allowed(string method, string url)
    {
        using var response = await SendAsync(method, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Contains("(405)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TRACE_on_a_post_page_is_a_405_not_a_500()
    {
        var id = await AnyPostIdAsync();

        using var response = await SendAsync("TRACE", $"/posts/{id}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("DELETE", "/api/search")]
    [InlineData("POST", "/api/posts/x")]
    public async Task Another_method_in_the_API_is_a_405_problem_in_JSON_with_Allow(string method, string url)
    {
        using var response = await SendAsync(method, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(405, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api")]
    public async Task An_unknown_API_path_is_a_404_problem_in_JSON(string url)
    {
        using var response = await SendAsync("GET", url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/error/99999")]
    [InlineData("/error/200")]
    [InlineData("/error/-1")]
    public async Task The_error_page_only_shows_error_codes(string url)
    {
        using var response = await SendAsync("GET", url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_error_page_shows_the_code_it_is_asked_for_within_400_to_599()
    {
        using var response = await SendAsync("GET", "/error/503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("(503)", await response.Content.ReadAsStringAsync());
    }
}
