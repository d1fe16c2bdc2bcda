using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Browser;

/// <summary>An inferred date in the browser: its range in the hit with the reason on hover, and "Dated posts only".</summary>
public sealed partial class BrowserTests
{
    /// <summary>The demo post between the posts of 19 and 21 February 2025 in 001_324c6b84bf7a6647, with no date of its own.</summary>
    private const string InferredQuery = "\"purpose and subject of our negotiations\"";

    [ChromiumTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task An_inferred_date_shows_its_range_and_dated_only_leaves_it_out(int width, int height, string name)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(InferredQuery));

        var time = page.Locator("ol.hits .hit-title time");
        Assert.Equal("19–21 Feb 2025", await time.InnerTextAsync());
        Assert.Equal("No date in the post; between the dated posts before and after it", await time.GetAttributeAsync("title"));
        await time.HoverAsync();
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(Path.GetTempPath(), $"archive-range-{name}.png"));
        await AssertNoSidewaysScrollAsync(page, width);

        var filters = page.Locator("details.filters");
        if (await filters.GetAttributeAsync("open") is null)
        {
            await filters.Locator("summary").ClickAsync();
        }
        await page.GetByLabel("Dated posts only").CheckAsync();
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(Path.GetTempPath(), $"archive-dated-only-{name}.png"));
        await page.GetByLabel("Search posts").First.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("[?&]dated=yes"));
        Assert.Equal(0, await page.Locator("ol.hits > li").CountAsync());
        Assert.True(await page.GetByLabel("Dated posts only").IsCheckedAsync(), "the checkbox forgot dated=yes");
        await page.Context.CloseAsync();
    }
}
