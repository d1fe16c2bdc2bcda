using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Storage;
using Archive.Storage.Channels;

namespace Archive.Web.Tests.Browser;

/// <summary>A channel given its public link ("channels set-link"): /channels and its posts' pages open it on Telegram.</summary>
public sealed partial class BrowserTests
{
    private async Task SetLinkAsync(string channel, string? username)
    {
        await using var db = new ArchiveDbContext(ArchiveStore.Options(Path.Combine(app.DataDirectory, "archive.db")));
        Assert.True(await ChannelLink.SetAsync(db, channel, username), $"no channel {channel}");
    }

    [ChromiumTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task A_linked_channel_opens_on_Telegram_from_the_channels_page_and_from_its_posts(int width, int height)
    {
        const string channel = "Russian Embassy in the UK", address = "https://t.me/RusEmbUK";
        await SetLinkAsync(channel, "RusEmbUK");
        try
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync("/channels");
            var row = page.Locator("tbody tr", new() { HasText = channel });
            var link = row.Locator("a.telegram-link");
            Assert.Equal(address, await link.GetAttributeAsync("href"));
            Assert.StartsWith("Open channel in Telegram", await link.InnerTextAsync());
            Assert.True(await link.IsVisibleAsync(), "the link is hidden");
            Assert.Equal(1, await page.Locator("a.telegram-link").CountAsync());
            await AssertNoSidewaysScrollAsync(page, width);

            // The row's count is the channel's search's; its name opens the channel's page.
            var posts = int.Parse((await row.Locator("td.num").InnerTextAsync()).Replace(",", ""), CultureInfo.InvariantCulture);
            await row.Locator("th > a").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/channels/"));
            await page.GotoAsync("/?channel=" + Uri.EscapeDataString(channel));
            Assert.Equal(posts, await ResultCountAsync(page));

            // A demo post has no message id: its page opens the channel.
            await page.Locator("ol.hits .hit-title a").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/posts/"));
            var onPost = page.Locator(".post-header a.telegram-link");
            Assert.Equal(address, await onPost.GetAttributeAsync("href"));
            Assert.StartsWith("Open channel in Telegram", await onPost.InnerTextAsync());
            Assert.True(await onPost.IsVisibleAsync(), "the post's link is hidden");
            await AssertNoSidewaysScrollAsync(page, width);
            await page.Context.CloseAsync();
        }
        finally
        {
            await SetLinkAsync(channel, null);
        }
    }
}
