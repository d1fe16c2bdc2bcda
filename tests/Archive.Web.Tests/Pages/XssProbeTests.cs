using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages;

/// <summary>A post containing a script tag and an image with onerror shows as text everywhere: page, post page, API, feed.</summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class XssProbeTests(ProbeArchiveApp app)
{
    private const string Query = "/?q=xylophonic";

    [Fact]
    public async Task The_search_page_shows_the_probe_as_text()
    {
        var html = await app.CreateClient().GetStringAsync(Query);
        var document = new HtmlParser().ParseDocument(html);

        var hit = Assert.Single(document.QuerySelectorAll("ol.hits > li"));
        Assert.Contains("alert(1)", hit.TextContent);
        Assert.Empty(document.QuerySelectorAll("main script, #content script"));
        Assert.DoesNotContain(document.QuerySelectorAll("img"), i => i.GetAttribute("src") == "x");
        Assert.DoesNotContain(ProbeArchiveApp.ScriptProbe, html);
        Assert.DoesNotContain(ProbeArchiveApp.ImageProbe, html);
    }

    [Fact]
    public async Task The_post_page_shows_the_probe_as_text()
    {
        var html = await app.CreateClient().GetStringAsync("/posts/" + app.PostIdOfMessage(11));
        var document = new HtmlParser().ParseDocument(html);

        var text = document.QuerySelector("article.post .post-text")!;
        Assert.Contains(ProbeArchiveApp.ScriptProbe, text.TextContent);
        Assert.Contains(ProbeArchiveApp.ImageProbe, text.TextContent);
        Assert.Empty(text.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(ProbeArchiveApp.ScriptProbe, html);
        Assert.DoesNotContain(ProbeArchiveApp.ImageProbe, html);
    }

    [Fact]
    public async Task The_API_returns_the_text_and_the_snippet_as_plain_JSON_strings()
    {
        // JSON carries text, not HTML: the probe comes back as written, for the caller to escape where it shows it.
        var client = app.CreateClient();
        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=xylophonic")).RootElement;
        var snippet = search.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        Assert.Contains(ProbeArchiveApp.ScriptProbe, snippet);
        Assert.DoesNotContain("&lt;", snippet);

        var post = JsonDocument.Parse(await client.GetStringAsync("/api/posts/" + app.PostIdOfMessage(11))).RootElement;
        Assert.Contains(ProbeArchiveApp.ScriptProbe, post.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_feed_carries_the_probe_as_escaped_text()
    {
        var xml = await app.CreateClient().GetStringAsync("/feed?q=xylophonic");

        var feed = XDocument.Parse(xml);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.DoesNotContain(entry.Descendants(), e => e.Name.LocalName is "script" or "img");
        Assert.DoesNotContain(ProbeArchiveApp.ScriptProbe, xml);
        Assert.DoesNotContain(ProbeArchiveApp.ImageProbe, xml);
    }
}
