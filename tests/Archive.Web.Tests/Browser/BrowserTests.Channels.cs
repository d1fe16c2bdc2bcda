using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>A channel's page in a real browser at desktop and phone width: reached from /channels, its counts, its pager, the month jump and the search within it.</summary>
public sealed partial class BrowserTests
{
    private const string PagedChannel = "Russian Embassy in the UK";
    private const string SpreadChannel = "Russian diplomacy, Lavrov and the OSCE (English)";

    private static int CountIn(string text) => int.Parse(NumberPattern().Match(text).Value.Replace(",", ""), CultureInfo.InvariantCulture);

    [ChromiumTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_channel_page_is_reached_from_channels_and_pages_through_the_channel(int width, int height, string name)
    {
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/channels");
        var row = page.Locator("tbody tr", new PageLocatorOptions { HasText = PagedChannel });
        var listed = CountIn(await row.Locator("td.num").InnerTextAsync());

        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = PagedChannel }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/channels/Russian%20Embassy%20in%20the%20UK$"));
        Assert.Equal(PagedChannel, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(listed, CountIn(await page.Locator("[data-count=posts]").InnerTextAsync()));
        Assert.Equal(listed, (await page.Locator("#facet-languages ~ ul .count").AllInnerTextsAsync()).Sum(CountIn));
        var onFirst = await page.Locator("ol.hits > li").CountAsync();
        Assert.Equal(Math.Min(20, listed), onFirst);
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(BrowserApp.ScreenshotDirectory, $"channel-{name}.png"));
        await AssertNoSidewaysScrollAsync(page, width);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Later →", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("[?&]page=2"));
        Assert.Equal(listed - onFirst, await page.Locator("ol.hits > li").CountAsync());
        Assert.Contains("Page 2 of 2", await page.Locator(".pager .current").InnerTextAsync());

        // A hashtag of the channel leads to the search in the channel, with as many posts as it counted.
        var tag = page.Locator("#facet-hashtags ~ ul a.facet-value").First;
        var counted = CountIn(await tag.Locator(".count").InnerTextAsync());
        await tag.ClickAsync();
        await page.WaitForURLAsync(new Regex("[?&]tag=.*[?&]channel=|[?&]channel=.*[?&]tag="));
        Assert.Equal(counted, await ResultCountAsync(page));
        await page.Context.CloseAsync();
    }

    [ChromiumTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_month_jump_and_the_search_within_a_channel_work_from_its_page(int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/channels/" + Uri.EscapeDataString(SpreadChannel));
        var months = await page.Locator("#month option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.True(months.Length > 1, $"{SpreadChannel} has posts in {months.Length} month(s)");

        var last = months[^1];
        await page.Locator("#month").SelectOptionAsync(last);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Go", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"[?&]month={last}"));
        var label = DateOnly.ParseExact(last + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.StartsWith(label, await page.Locator("p.notice").InnerTextAsync());
        var days = await page.Locator("ol.hits .hit-title time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Contains(days, day => day.StartsWith(last, StringComparison.Ordinal));
        await AssertNoSidewaysScrollAsync(page, width);

        await page.GetByLabel("Search this channel").FillAsync("OSCE");
        await page.GetByLabel("Search this channel").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("[?&]q=OSCE"));
        Assert.True(await ResultCountAsync(page) > 0, "nothing found in the channel");
        Assert.All(await page.Locator("ol.hits .hit-title").AllInnerTextsAsync(), title => Assert.StartsWith(SpreadChannel, title));
        Assert.Contains(SpreadChannel, await page.Locator(".chips").InnerTextAsync());

        // And back to the channel's page from the search's chip.
        await page.Locator(".chips a.channel-page").ClickAsync();
        await page.WaitForURLAsync(new Regex("/channels/"));
        Assert.Equal(SpreadChannel, await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
