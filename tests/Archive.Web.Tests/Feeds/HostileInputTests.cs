using System.Net;
using System.Xml.Linq;

namespace Archive.Web.Tests.Feeds;

/// <summary>
/// The demo archive plus a post holding characters XML cannot carry (a form feed, a vertical tab), behind a proxy
/// whose X-Forwarded-* the app trusts: what a request or a post can put into the documents the app writes.
/// </summary>
public sealed class HostileInputApp : ArchiveAppFixture
{
    /// <summary>The one word of the control-character post that no other post has.</summary>
    public const string Word = "formfeedprobe";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:BehindProxy"] = "true",
    };

    protected override IReadOnlyDictionary<string, string> ExtraDumps => new Dictionary<string, string>
    {
        ["control_result.json"] = """
            {
             "name": "Control\u000b Channel",
             "type": "public_channel",
             "id": 123123123,
             "messages": [
              {
               "id": 1,
               "type": "message",
               "date": "2024-05-01T10:00:00",
               "date_unixtime": "1714557600",
               "text": "A formfeedprobe page break \u000c here and a NUL-free bell \u0007 there #formfeedprobe",
               "text_entities": [{"type": "plain", "text": "A formfeedprobe page break \u000c here and a NUL-free bell \u0007 there #formfeedprobe"}]
              }
             ]
            }
            """,
    };
}

public sealed class HostileInputTests(HostileInputApp app) : IClassFixture<HostileInputApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private async Task<XElement> FeedAsync(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        return XDocument.Parse(body).Root!;
    }

    [Theory]
    [InlineData("/feed")]
    [InlineData("/feed?q=" + HostileInputApp.Word)]
    public async Task A_post_with_control_characters_leaves_the_feed_well_formed(string url)
    {
        var feed = await FeedAsync(url);

        var entry = feed.Elements(Atom + "entry").FirstOrDefault(e => ((string?)e.Element(Atom + "summary"))?.Contains("page break", StringComparison.Ordinal) == true);
        Assert.NotNull(entry);
        Assert.DoesNotContain('\f', (string)entry.Element(Atom + "summary")!);
        Assert.StartsWith("Control Channel", (string?)entry.Element(Atom + "title"));
    }

    [Fact]
    public async Task A_query_with_a_NUL_leaves_the_feed_well_formed()
    {
        var feed = await FeedAsync("/feed?q=a%00b");

        Assert.Equal("Archive: ab", (string?)feed.Element(Atom + "title"));
    }

    [Fact]
    public async Task A_forwarded_scheme_other_than_http_or_https_is_not_written_into_links()
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/opensearch.xml");
        request.Headers.Add("X-Forwarded-Proto", "javascript");

        using var response = await client.SendAsync(request);
        var description = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        var templates = description.Elements(OpenSearch + "Url").Select(u => (string)u.Attribute("template")!).ToArray();
        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.StartsWith("http://", t));
    }

    [Fact]
    public async Task A_forwarded_https_is_kept()
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed?q=" + HostileInputApp.Word);
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.StartsWith("https://", (string?)feed.Element(Atom + "id"));
    }
}
