using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// An inferred date shown as its range. In data/demo/001_324c6b84bf7a6647 the post quoting Putin on the Riyadh talks
/// ("The purpose and subject of our negotiations") has no dateline and sits between posts dated 19 and 21 February 2025.
/// </summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class PublishedRangePageTests(ProbeArchiveApp app)
{
    private const string Query = "q=%22purpose+and+subject+of+our+negotiations%22";
    private const string Reason = "No date in the post; between the dated posts before and after it";

    private async Task<string> GetAsync(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_hit_shows_the_range_with_its_reason_on_hover()
    {
        var document = new HtmlParser().ParseDocument(await GetAsync("/?" + Query));
        var hit = Assert.Single(document.QuerySelectorAll("ol.hits > li"));
        var time = hit.QuerySelector(".hit-title time")!;
        Assert.Equal("19–21 Feb 2025", time.TextContent);
        Assert.Equal(Reason, time.GetAttribute("title"));
        Assert.Equal("2025-02-19", time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task The_api_gives_the_best_day_and_both_bounds_and_the_post_page_shows_the_range()
    {
        var hit = JsonDocument.Parse(await GetAsync("/api/search?" + Query)).RootElement.GetProperty("hits")[0];
        Assert.Equal("2025-02-19", hit.GetProperty("published").GetString());
        Assert.Equal("inferred", hit.GetProperty("published_confidence").GetString());
        Assert.Equal("2025-02-19", hit.GetProperty("published_earliest").GetString());
        Assert.Equal("2025-02-21", hit.GetProperty("published_latest").GetString());

        var id = hit.GetProperty("id").GetString();
        var post = JsonDocument.Parse(await GetAsync($"/api/posts/{id}")).RootElement;
        Assert.Equal("2025-02-21", post.GetProperty("published_latest").GetString());

        var page = new HtmlParser().ParseDocument(await GetAsync($"/posts/{id}"));
        Assert.Equal("19–21 Feb 2025", page.QuerySelector("h1 time")!.TextContent);
        Assert.Contains(Reason, page.QuerySelector(".post-header .meta")!.TextContent);
        Assert.Contains("19–21 Feb 2025", page.Title);
    }

    [Fact]
    public async Task The_feed_title_shows_the_range_and_updated_keeps_the_best_day()
    {
        var feed = XDocument.Parse(await GetAsync("/feed?" + Query)).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.EndsWith("19–21 Feb 2025", entry.Element(atom + "title")!.Value);
        Assert.StartsWith("2025-02-19", entry.Element(atom + "updated")!.Value);
    }

    [Fact]
    public async Task A_date_filter_inside_the_range_finds_the_post_and_dated_only_leaves_it_out()
    {
        static int Total(string json) => JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(1, Total(await GetAsync("/api/search?" + Query + "&from=2025-02-20&to=2025-02-20")));
        Assert.Equal(0, Total(await GetAsync("/api/search?" + Query + "&from=2025-02-20&to=2025-02-20&dated=yes")));
        Assert.Equal(0, Total(await GetAsync("/api/search?" + Query + "&dated=yes")));

        var all = Total(await GetAsync("/api/search"));
        var dated = Total(await GetAsync("/api/search?dated=yes"));
        Assert.InRange(dated, 1, all - 1);

        var page = new HtmlParser().ParseDocument(await GetAsync("/?dated=yes"));
        Assert.True(page.QuerySelector("input[name=dated]")!.HasAttribute("checked"), "the page forgot dated=yes");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_range_fields()
    {
        var document = await GetAsync("/openapi/v1.json");
        Assert.Contains("\"published_earliest\"", document);
        Assert.Contains("\"published_latest\"", document);
    }

    [Fact]
    public async Task A_bad_dated_value_is_a_400_naming_it()
    {
        using var response = await app.CreateClient().GetAsync("/api/search?dated=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dated", await response.Content.ReadAsStringAsync());
    }
}
