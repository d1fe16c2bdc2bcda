using System.Text.RegularExpressions;
using Archive.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>The demo archive plus three channels that carry one text (<see cref="CopiedPosts"/>), in Chromium.</summary>
public sealed class CopiedPostsBrowserApp : BrowserApp
{
    protected override IReadOnlyDictionary<string, string> ExtraDumps => CopiedPosts.Dumps;
}

/// <summary>A post with copies in the browser: "copies=yes" from the filter, "also in N channels", the Copies section.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CopiesBrowserTests(CopiedPostsBrowserApp app) : IClassFixture<CopiedPostsBrowserApp>
{
    [ChromiumTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task The_copies_filter_leads_to_a_post_whose_copies_are_listed_oldest_first(int width, int height, string name)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/?q=axolotls");
        var filters = page.Locator("details.filters");
        if (await filters.GetAttributeAsync("open") is null)
        {
            await filters.Locator("summary").ClickAsync();
        }
        await page.Locator("select#copies").SelectOptionAsync("yes");
        await page.GetByLabel("Search posts").First.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("[?&]copies=yes"));

        Assert.Equal(3, await page.Locator("ol.hits > li").CountAsync());
        Assert.All(await page.Locator("ol.hits a.copies").AllInnerTextsAsync(), text => Assert.Equal("Also in 2 channels", text.Trim()));

        // The digest's hit, the last copy; its "also in" link opens its page at the list of copies.
        var digest = page.Locator("ol.hits > li", new PageLocatorOptions { HasText = CopiedPosts.LineAdded });
        var opened = page.WaitForURLAsync(new Regex("/posts/.+#copies"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await digest.Locator("a.copies").ClickAsync();
        await opened;

        var copies = page.Locator("#copies li");
        Assert.Equal(2, await copies.CountAsync());
        Assert.StartsWith(CopiedPosts.First, (await copies.Nth(0).InnerTextAsync()).Trim());
        Assert.Contains("first seen", await copies.Nth(0).InnerTextAsync());
        Assert.StartsWith(CopiedPosts.Forwarded, (await copies.Nth(1).InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#copies").IsVisibleAsync(), "the copies section is not shown");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"horizontal scroll at {width}px");
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(Path.GetTempPath(), $"archive-copies-{name}.png"), fullPage: true);

        // The first seen opens its own page, which says so.
        await copies.Nth(0).Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/posts/"));
        Assert.Contains("This post was seen first.", await page.Locator("#copies .hint").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
