using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Hosting;

[Collection(ArchiveAppCollection.Name)]
public sealed class SecurityHeadersTests(ArchiveAppFixture app)
{
    public static TheoryData<string> Paths => new() { "/", "/tags", "/channels", "/about", "/healthz", "/api/search?q=parade", "/css/site.css", "/no-such-page" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_a_CSP_without_unsafe_inline_that_forbids_framing(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_forbids_sniffing_and_sets_a_referrer_policy(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=parade")]
    [InlineData("/tags")]
    [InlineData("/channels")]
    [InlineData("/about")]
    [InlineData("/no-such-page")]
    public async Task Pages_have_no_inline_script_style_or_event_handlers_so_the_CSP_holds(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"inline script: {s.OuterHtml}"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
        var handlers = document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{e.LocalName}[{a.Name}]"));
        Assert.Empty(handlers);
    }

    [Fact]
    public async Task Stylesheet_and_script_are_served_by_the_app_itself()
    {
        var client = app.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToArray();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset);
            Assert.False(asset.StartsWith("//", StringComparison.Ordinal), $"{asset} is off-site");
            using var response = await client.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{asset} is empty");
        }
    }
}
