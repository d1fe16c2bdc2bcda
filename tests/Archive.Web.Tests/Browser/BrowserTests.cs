using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>The site in a real browser: search, narrow by a facet, open a post, come back, and the same by keyboard alone.</summary>
public sealed partial class BrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A word the demo archive has many posts for.</summary>
    private const string Word = "parade";

    [Fact]
    public async Task Searching_shows_hits_and_puts_the_query_in_the_URL()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search posts").FillAsync(Word);
        await page.GetByLabel("Search posts").PressAsync("Enter");

        await page.WaitForURLAsync(new Regex($"[?&]q={Word}"));
        Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0, "no hits listed");
        Assert.Contains("result", await page.Locator("h1.result-summary").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_facet_narrows_the_results_and_shows_a_removable_chip()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/?q={Word}");
        var facet = page.Locator("#facet-languages ~ ul a.facet-value").First;
        var label = (await facet.InnerTextAsync()).Split('\n')[0].Trim();

        await facet.ClickAsync();

        await page.WaitForURLAsync(new Regex("[?&]lang="));
        var chip = page.Locator(".chips a.chip").First;
        Assert.Contains(label.Split(' ')[0], await chip.InnerTextAsync());
        await chip.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("lang=", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Opening_a_post_and_going_back_returns_to_the_same_results()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/?q={Word}");
        var searchUrl = page.Url;
        var firstHit = page.Locator("ol.hits .hit-title a").First;
        var href = await firstHit.GetAttributeAsync("href");

        await firstHit.ClickAsync();
        await page.WaitForURLAsync(new Regex("/posts/"));
        Assert.EndsWith(href!, page.Url);
        Assert.True(await page.Locator("article.post .post-text").IsVisibleAsync(), "the post's text is not shown");

        await page.GoBackAsync();
        Assert.Equal(searchUrl, page.Url);
        Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0, "the results are gone after going back");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_site_works_by_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/about");

        // The first Tab reaches the skip link, and it moves focus to the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await page.EvaluateAsync<string>("document.activeElement.id"));

        // "/" jumps to the search box; Enter searches.
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.name"));
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
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Screenshots_of_search_and_post_at_desktop_and_phone_width(int width, int height, string name)
    {
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        var page = await app.NewPageAsync(width, height);

        await page.GotoAsync($"/?q={Word}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"search-{name}.png"), FullPage = width > 1000 });
        await page.Locator("ol.hits .hit-title a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/posts/"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"post-{name}.png") });

        // Nothing may stick out sideways at this width.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"horizontal scroll at {width}px");
        await page.Context.CloseAsync();
    }
}
