using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Pages;

/// <summary>Queries a user can get wrong answer 400 with help on the page and in the API, never 500.</summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class BadQueryTests(ProbeArchiveApp app)
{
    public static TheoryData<string> BadQueries => new()
    {
        "q=%22",
        "q=AND",
        "q=" + new string('a', 100 * 1024),
        "from=notadate",
        // The month after December 9999 does not exist; reading the end of that month once failed with a 500.
        "to=9999-12",
        "from=9999-12-01&to=9999-12-31",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task The_API_answers_400_with_help(string query)
    {
        using var response = await app.CreateClient().GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), "no detail saying what was wrong");
        Assert.Contains("exact phrases", problem.GetProperty("help").GetString());
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task The_page_answers_400_and_says_what_to_change(string query)
    {
        using var response = await app.CreateClient().GetAsync("/?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("class=\"state error\"", StringComparison.Ordinal) || html.Contains("class=\"notice warning\"", StringComparison.Ordinal),
            "the page does not explain the problem");
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task The_feed_answers_400_not_500(string query)
    {
        using var response = await app.CreateClient().GetAsync("/feed?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
