using System.Net;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Hosting;

/// <summary>The app as served behind a reverse proxy under /archive.</summary>
public sealed class PathBaseApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:PathBase"] = "/archive",
        ["Archive:DemoData"] = "false",
    };
}

public sealed class PathBaseTests(PathBaseApp app) : IClassFixture<PathBaseApp>
{
    [Theory]
    [InlineData("/archive/")]
    [InlineData("/archive/about")]
    [InlineData("/archive/tags")]
    public async Task Every_site_link_and_asset_stays_under_the_path_base(string page)
    {
        using var response = await app.CreateClient().GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var local = document.QuerySelectorAll("a[href], link[href], script[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(local);
        Assert.All(local, url => Assert.StartsWith("/archive/", url));
    }

    [Fact]
    public async Task Health_answers_under_the_path_base()
    {
        using var response = await app.CreateClient().GetAsync("/archive/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
