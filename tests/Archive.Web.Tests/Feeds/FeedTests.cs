using System.Net;
using System.Xml.Linq;

namespace Archive.Web.Tests.Feeds;

[Collection(ArchiveAppCollection.Name)]
public sealed class FeedTests(ArchiveAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    [Fact]
    public async Task The_feed_of_a_search_is_Atom_linking_back_to_that_search()
    {
        using var response = await app.CreateClient().GetAsync("/feed?q=parade&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var alternate = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
        Assert.EndsWith("/?q=parade&lang=en", (string?)alternate.Attribute("href"));
    }

    [Fact]
    public async Task A_bad_feed_parameter_is_a_400()
    {
        using var response = await app.CreateClient().GetAsync("/feed?from=never");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpenSearch_description_points_the_browser_at_the_search_page()
    {
        using var response = await app.CreateClient().GetAsync("/opensearch.xml");

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var description = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var html = description.Elements(OpenSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        Assert.EndsWith("/?q={searchTerms}", (string?)html.Attribute("template"));
    }

    [Fact]
    public async Task Every_page_links_the_OpenSearch_description()
    {
        var html = await app.CreateClient().GetStringAsync("/about");

        Assert.Contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opensearch.xml\"", html);
    }
}
