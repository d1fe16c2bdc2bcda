using Archive.Storage;
using Archive.Storage.Channels;

namespace Archive.Web.Tests.Pages;

/// <summary>A channel given its public link ("channels set-link"): /channels and its posts' pages link to it on Telegram.</summary>
public sealed class ChannelLinkPageTests(ArchiveAppFixture app) : IClassFixture<ArchiveAppFixture>
{
    private const string Channel = "Russian Embassy in the UK", Address = "https://t.me/RusEmbUK";

    private ArchiveDbContext Store() => new(ArchiveStore.Options(Path.Combine(app.DataDirectory, "archive.db")));

    private async Task SetLinkAsync(string? username)
    {
        await using var db = Store();
        Assert.True(await ChannelLink.SetAsync(db, Channel, username), $"no channel {Channel}");
    }

    private string FirstPostId(Func<string, bool> ofChannel)
    {
        using var db = Store();
        return db.Posts.Select(p => new { p.Id, Channel = p.Channel.Name }).AsEnumerable().First(p => ofChannel(p.Channel)).Id;
    }

    [Fact]
    public async Task The_linked_channel_s_row_and_post_pages_open_it_on_Telegram_and_no_other_does()
    {
        var client = app.CreateClient();
        await SetLinkAsync("RusEmbUK");

        var channels = await PageResponses.PageAsync(client, "/channels");
        var links = channels.QuerySelectorAll("table a.telegram-link");
        var link = Assert.Single(links);
        Assert.Equal(Address, link.GetAttribute("href"));
        Assert.StartsWith("Open channel in Telegram", link.TextContent);
        Assert.Equal(Channel, link.Closest("th")!.QuerySelector("a")!.TextContent);

        var id = FirstPostId(name => name == Channel);
        var post = await PageResponses.PageAsync(client, "/posts/" + id);
        var open = post.QuerySelector(".post-header a.telegram-link")!;
        // A demo post has no message id: the channel is the nearest to its original.
        Assert.Equal(Address, open.GetAttribute("href"));
        Assert.StartsWith("Open channel in Telegram", open.TextContent);

        var other = FirstPostId(name => name != Channel);
        Assert.Null((await PageResponses.PageAsync(client, "/posts/" + other)).QuerySelector("a.telegram-link"));

        await SetLinkAsync(null);
        Assert.Empty((await PageResponses.PageAsync(client, "/channels")).QuerySelectorAll("a.telegram-link"));
    }
}
