using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Archive.Web.Tests.Pages;

namespace Archive.Web.Tests.Searching;

/// <summary>The page, the API and the feed read a query string with one reader: the same search, the same limits.</summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class SearchReaderTests(ProbeArchiveApp app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("q=parade&lang=en&channel=Russian%20diplomacy%2C%20history%20(English)")]
    [InlineData("q=%D0%A1%D0%B8%D0%BD%D0%B3%D0%B0%D0%BF%D1%83%D1%80&from=2020&to=2030")]
    [InlineData("tag=WeWereAllies&lang=en&lang=ru")]
    public async Task The_same_query_string_finds_the_same_posts_on_the_page_the_API_and_the_feed(string queryString)
    {
        var client = app.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/?" + queryString));
        var onPage = page.QuerySelectorAll("ol.hits > li article").Select(a => a.GetAttribute("aria-labelledby")!["hit-".Length..]).Order().ToArray();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/search?" + queryString));
        var inApi = api.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order().ToArray();
        var feed = XDocument.Parse(await client.GetStringAsync("/feed?" + queryString)).Root!;
        var inFeed = feed.Elements(Atom + "entry").Select(e => ((string)e.Element(Atom + "id")!).Split("/posts/")[1]).Order().ToArray();

        Assert.NotEmpty(onPage);
        Assert.Equal(onPage, inApi);
        Assert.Equal(onPage, inFeed);
    }

    [Fact]
    public async Task A_q_over_the_cap_is_refused_alike_by_the_page_the_API_and_the_feed()
    {
        var client = app.CreateClient();
        var q = "q=" + new string('a', 1001);
        const string problem = "q is 1,001 characters long; at most 1,000 are read.";

        using var page = await client.GetAsync("/?" + q);
        using var api = await client.GetAsync("/api/search?" + q);
        using var feed = await client.GetAsync("/feed?" + q);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(problem, await page.Content.ReadAsStringAsync());
        foreach (var response in new[] { api, feed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(problem, json.RootElement.GetProperty("detail").GetString());
        }
    }
}
