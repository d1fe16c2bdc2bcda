using static Archive.Web.Tests.Pages.PageResponses;

namespace Archive.Web.Tests.Pages;

/// <summary>Copies on the post page, in the API, and copies=yes on the search page, the API and the feed.</summary>
public sealed class CopiesTests(CopiedPostsApp app) : IClassFixture<CopiedPostsApp>
{
    [Fact]
    public async Task The_post_page_lists_the_copies_oldest_first_and_marks_the_first_seen()
    {
        var ids = CopiedPosts.Ids(app.Services);

        var page = await PageAsync(app.CreateClient(), $"/posts/{ids[CopiedPosts.LineAdded]}");

        var items = page.QuerySelectorAll("#copies li");
        Assert.Equal([CopiedPosts.First, CopiedPosts.Forwarded], items.Select(li => li.QuerySelector("a")!.TextContent.Split('·')[0].Trim()));
        Assert.Equal([$"/posts/{ids[CopiedPosts.First]}", $"/posts/{ids[CopiedPosts.Forwarded]}"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("first seen", items[0].QuerySelector(".first-seen")!.TextContent);
        Assert.Null(items[1].QuerySelector(".first-seen"));
        Assert.Contains("2 other posts (2 channels)", page.QuerySelector("#copies .hint")!.TextContent);
    }

    [Fact]
    public async Task The_first_post_says_it_was_seen_first_and_a_post_without_copies_has_no_section()
    {
        var ids = CopiedPosts.Ids(app.Services);
        var first = await PageAsync(app.CreateClient(), $"/posts/{ids[CopiedPosts.First]}");
        var demoId = (await JsonAsync(app.CreateClient(), "/api/search?copies=no")).GetProperty("hits")[0].GetProperty("id").GetString();

        var demo = await PageAsync(app.CreateClient(), $"/posts/{demoId}");

        Assert.Contains("This post was seen first.", first.QuerySelector("#copies .hint")!.TextContent);
        Assert.Empty(first.QuerySelectorAll("#copies li .first-seen"));
        Assert.Null(demo.QuerySelector("#copies"));
    }

    [Fact]
    public async Task The_api_post_carries_its_copies_oldest_first_and_the_first_seen()
    {
        var ids = CopiedPosts.Ids(app.Services);

        var post = await JsonAsync(app.CreateClient(), $"/api/posts/{ids[CopiedPosts.Forwarded]}");
        var first = await JsonAsync(app.CreateClient(), $"/api/posts/{ids[CopiedPosts.First]}");

        var copies = post.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal([ids[CopiedPosts.First], ids[CopiedPosts.LineAdded]], copies.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal([CopiedPosts.First, CopiedPosts.LineAdded], copies.Select(c => c.GetProperty("channel").GetString()));
        Assert.Equal(["2022-03-16", "2022-03-18"], copies.Select(c => c.GetProperty("published").GetString()));
        Assert.Equal(ids[CopiedPosts.First], post.GetProperty("first_seen").GetString());
        Assert.Equal(ids[CopiedPosts.First], first.GetProperty("first_seen").GetString());
    }

    [Fact]
    public async Task Copies_yes_keeps_the_copied_posts_on_the_page_the_api_and_the_feed()
    {
        var api = await JsonAsync(app.CreateClient(), "/api/search?copies=yes");
        var without = await JsonAsync(app.CreateClient(), "/api/search?copies=no");
        var all = await JsonAsync(app.CreateClient(), "/api/search");
        var page = await PageAsync(app.CreateClient(), "/?copies=yes");
        var feed = await app.CreateClient().GetStringAsync("/feed?copies=yes");

        var hits = api.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, api.GetProperty("total").GetInt32());
        Assert.All(hits, h => Assert.True(h.GetProperty("has_copies").GetBoolean() && h.GetProperty("copy_channels").GetInt32() == 2, h.ToString()));
        Assert.Equal(all.GetProperty("total").GetInt32() - 3, without.GetProperty("total").GetInt32());
        Assert.Equal(3, page.QuerySelectorAll("ol.hits > li").Length);
        Assert.All(page.QuerySelectorAll("ol.hits > li a.copies"), a => Assert.Equal("Also in 2 channels", a.TextContent));
        Assert.Equal("yes", page.QuerySelector("select#copies option[selected]")!.GetAttribute("value"));
        Assert.Equal(3, feed.Split("<entry>").Length - 1);
    }

    [Fact]
    public async Task The_openapi_document_describes_copies_and_first_seen()
    {
        var openApi = await JsonAsync(app.CreateClient(), "/openapi/v1.json");
        var post = openApi.GetProperty("components").GetProperty("schemas").GetProperty("ApiPost").GetProperty("properties");

        Assert.Contains("oldest first", post.GetProperty("copies").GetProperty("description").GetString());
        Assert.Contains("earliest", post.GetProperty("first_seen").GetProperty("description").GetString());
    }
}
