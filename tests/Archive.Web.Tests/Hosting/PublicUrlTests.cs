using System.Net;
using System.Xml.Linq;

namespace Archive.Web.Tests.Hosting;

/// <summary>The app told where it is reached (Archive:PublicUrl), behind a proxy whose X-Forwarded-Proto it trusts.</summary>
public sealed class PublicUrlApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:PublicUrl"] = "https://archive.example/archive",
        ["Archive:PathBase"] = "/archive",
        ["Archive:BehindProxy"] = "true",
        ["Archive:DemoData"] = "false",
    };
}

public sealed class PublicUrlTests(PublicUrlApp app) : IClassFixture<PublicUrlApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private async Task<XElement> GetXmlAsync(string url, string host, string? forwardedProto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    [Fact]
    public async Task OpenSearch_links_come_from_the_public_url_not_the_Host_header()
    {
        var description = await GetXmlAsync("/archive/opensearch.xml", "evil.example", "javascript");

        var html = description.Elements(OpenSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        Assert.Equal("https://archive.example/archive/?q={searchTerms}", (string?)html.Attribute("template"));
        Assert.Equal("https://archive.example/archive/favicon.svg", (string?)description.Element(OpenSearch + "Image"));
    }

    [Fact]
    public async Task Feed_links_come_from_the_public_url_not_the_Host_header()
    {
        var feed = await GetXmlAsync("/archive/feed?q=parade", "evil.example");

        Assert.Equal("https://archive.example/archive/feed?q=parade", (string?)feed.Element(Atom + "id"));
        var alternate = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
        Assert.Equal("https://archive.example/archive/?q=parade", (string?)alternate.Attribute("href"));
    }
}
