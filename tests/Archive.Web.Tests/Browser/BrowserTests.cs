using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>The site in a real browser: search, narrow by a facet, open a post, come back, and the same by keyboard alone.</summary>
// The browser tests run alone, after the others: on two cores, Chromium sharing the CPU with the parallel test classes
// made navigations miss their waits.
[CollectionDefinition(nameof(BrowserTests), DisableParallelization = true)]
public sealed class BrowserTestsCollection;

[Collection(nameof(BrowserTests))]
public sealed partial class BrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A word in posts of several demo channels (16 posts in five channels when read off data/demo).</summary>
    private const string Word = "soviet";

    private static async Task<int> ResultCountAsync(IPage page)
    {
        var summary = await page.Locator("h1.result-summary").InnerTextAsync();
        return int.Parse(NumberPattern().Match(summary).Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    [ChromiumFact]
    public async Task Searching_shows_hits_and_puts_the_query_in_the_URL()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search posts").First.FillAsync(Word);
        await page.GetByLabel("Search posts").First.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex($"[?&]q={Word}"));
        Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0, "no hits listed");
        Assert.Contains("result", await page.Locator("h1.result-summary").InnerTextAsync());
        Assert.True(await page.Locator("ol.hits mark").CountAsync() > 0, "no highlighted word in the snippets");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_channel_facet_narrows_the_results_and_shows_a_removable_chip()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/?q={Word}");
        var before = await ResultCountAsync(page);
        var facet = page.Locator("#facet-channels ~ ul a.facet-value").First;
        var label = (await facet.InnerTextAsync()).Split('\n')[0].Trim();

        await facet.ClickAsync();

        await page.WaitForURLAsync(new Regex("[?&]channel="));
        var after = await ResultCountAsync(page);
        Assert.True(after < before, $"the channel facet left {after} of {before} results");
        Assert.All(await page.Locator("ol.hits .hit-title").AllInnerTextsAsync(), title => Assert.Contains(label.Split(' ')[0], title));
        var chip = page.Locator(".chips a.chip").First;
        Assert.Contains(label.Split(' ')[0], await chip.InnerTextAsync());

        await chip.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("channel=", StringComparison.Ordinal));
        Assert.Equal(before, await ResultCountAsync(page));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Opening_a_post_and_going_back_restores_the_search_from_the_URL()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/?q={Word}&lang=en");
        var searchUrl = page.Url;
        var hitsBefore = await page.Locator("ol.hits .hit-title a").AllInnerTextsAsync();
        var firstHit = page.Locator("ol.hits .hit-title a").First;
        var href = await firstHit.GetAttributeAsync("href");

        // The wait starts before the click, so a fast navigation cannot finish before anyone waits for it.
        var opened = page.WaitForURLAsync(new Regex("/posts/"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await firstHit.ClickAsync();
        await opened;
        Assert.EndsWith(href!, page.Url);
        Assert.True(await page.Locator("article.post .post-text").IsVisibleAsync(), "the post's text is not shown");

        // Waiting for "load" after going back has hung under load (a page restored from the back-forward cache); the DOM is enough.
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("ol.hits > li").First.WaitForAsync();
        Assert.Equal(searchUrl, page.Url);
        Assert.Equal(Word, await page.Locator("input#q").InputValueAsync());
        Assert.Equal(hitsBefore, await page.Locator("ol.hits .hit-title a").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator(".chips a.chip").CountAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_site_works_by_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        // The first Tab reaches the skip link.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));

        // Tabbing on reaches the search box; typing and Enter search.
        for (var i = 0; i < 15 && await page.EvaluateAsync<string?>("document.activeElement.id") != "q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("q", await page.EvaluateAsync<string?>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(Word);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"[?&]q={Word}"));

        // Tabbing forward reaches the first hit's link, and Enter opens it.
        var firstHref = await page.Locator("ol.hits .hit-title a").First.GetAttributeAsync("href");
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')") == firstHref)
            {
                break;
            }
        }
        Assert.Equal(firstHref, await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/posts/"));
        Assert.EndsWith(firstHref!, page.Url);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Slash_jumps_to_the_search_box_from_any_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/about");

        await page.Keyboard.PressAsync("/");

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.name"));
        await page.Context.CloseAsync();
    }

    [ChromiumTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Screenshots_of_search_post_and_tags_at_desktop_and_phone_width(int width, int height, string name)
    {
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        var page = await app.NewPageAsync(width, height);
        // The search page as a visitor first sees it; the post and tags pages whole at desktop width.
        var fullPage = width > 1000;

        await page.GotoAsync($"/?q={Word}");
        Assert.True(await page.Locator("aside.facets .facet").CountAsync() > 0, "no facets to show");
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(BrowserApp.ScreenshotDirectory, $"search-{name}.png"));
        await AssertNoSidewaysScrollAsync(page, width);

        await page.Locator("ol.hits .hit-title a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/posts/"));
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(BrowserApp.ScreenshotDirectory, $"post-{name}.png"), fullPage);
        await AssertNoSidewaysScrollAsync(page, width);

        await page.GotoAsync("/tags");
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(BrowserApp.ScreenshotDirectory, $"tags-{name}.png"), fullPage);
        await AssertNoSidewaysScrollAsync(page, width);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_screenshot_of_the_same_search_is_the_same_from_run_to_run()
    {
        // Two loads of one search stand for two test runs: the README's pictures must not change when nothing did.
        var first = await ScreenshotOfSearchAsync();
        var second = await ScreenshotOfSearchAsync();

        Assert.True(first.AsSpan().SequenceEqual(second), "two screenshots of the same search differ");
    }

    private async Task<byte[]> ScreenshotOfSearchAsync()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/?q={Word}");
        var picture = await BrowserApp.StableScreenshotAsync(page, path: null);
        await page.Context.CloseAsync();
        return picture;
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"horizontal scroll at {width}px on {page.Url}");

    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex NumberPattern();
}
