using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages;

/// <summary>The post page for Telegram export posts: exact time, edits, author, reply context and the t.me link.</summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class PostPageTests(ProbeArchiveApp app)
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAsync(long messageId)
    {
        var html = await app.CreateClient().GetStringAsync("/posts/" + app.PostIdOfMessage(messageId));
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task An_export_post_shows_its_exact_and_edited_time_in_UTC_and_its_author()
    {
        var page = await PostAsync(10);

        var times = page.QuerySelectorAll(".exact-time time");
        Assert.Equal(2, times.Length);
        Assert.Equal("2023-11-14T22:13:20+00:00", times[0].GetAttribute("datetime"));
        Assert.Equal("14 Nov 2023, 22:13:20 UTC", times[0].TextContent);
        Assert.Equal("2023-11-14T23:13:20+00:00", times[1].GetAttribute("datetime"));
        Assert.Contains("Edited", page.QuerySelector(".exact-time .edited")!.TextContent);
        Assert.Contains("Olga Smirnova", page.QuerySelector(".exact-time .author")!.TextContent);
    }

    [Fact]
    public async Task An_author_who_is_only_the_channel_itself_is_not_repeated()
    {
        var page = await PostAsync(11);

        Assert.NotNull(page.QuerySelector(".exact-time time"));
        Assert.Null(page.QuerySelector(".exact-time .author"));
    }

    [Fact]
    public async Task A_post_links_its_original_on_t_me_when_the_channel_username_is_known()
    {
        var page = await PostAsync(10);

        Assert.Contains(page.QuerySelectorAll(".details a"), a => a.GetAttribute("href") == "https://t.me/probe_channel/10");
        // With a message id the header opens the message itself, not the channel.
        var open = page.QuerySelector(".post-header a.telegram-link")!;
        Assert.Equal("https://t.me/probe_channel/10", open.GetAttribute("href"));
        Assert.StartsWith("Open in Telegram", open.TextContent);
    }

    [Fact]
    public async Task A_demo_post_without_a_username_has_no_t_me_link()
    {
        var id = app.Query(db => db.Posts.Where(p => p.Channel.Name == "Russian diplomacy, history (English)").Select(p => p.Id).First());
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/posts/" + id));

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("https://t.me/", StringComparison.Ordinal) == true);
        Assert.Null(page.QuerySelector(".exact-time"));
    }

    [Fact]
    public async Task A_reply_links_the_replied_post_when_it_is_in_the_archive()
    {
        var page = await PostAsync(11);

        var context = page.QuerySelector(".reply-context")!;
        Assert.Contains("/posts/" + app.PostIdOfMessage(10), context.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Zanzibarian lighthouse keepers", context.TextContent);
    }

    [Fact]
    public async Task A_reply_to_a_message_the_archive_lacks_points_to_it_on_t_me()
    {
        var page = await PostAsync(12);

        var context = page.QuerySelector(".reply-context")!;
        Assert.Contains("not in the archive", context.TextContent);
        Assert.Equal("https://t.me/probe_channel/999", context.QuerySelector("a")!.GetAttribute("href"));
    }
}
