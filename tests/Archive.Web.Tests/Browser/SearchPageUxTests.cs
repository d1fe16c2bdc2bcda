using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>What trips a new user on the search page (issue 19), in a real browser: dates, clean addresses, phone width.</summary>
public sealed partial class BrowserTests
{
    [ChromiumFact]
    public async Task Typing_a_date_applies_it_when_it_is_whole_not_at_the_first_digit_of_the_year()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=Yalta");
        var visited = new List<string>();
        page.FrameNavigated += (_, frame) => visited.Add(frame.Url);
        await page.Locator("details.filters summary").ClickAsync();

        // Focus puts the caret in the first part. Chromium orders the parts by its own locale, not the page's: the
        // digits read as 12 January or as December 1, 2022, either way a whole date.
        await page.Locator("#from").FocusAsync();
        await page.Keyboard.TypeAsync("12012022");

        await page.WaitForURLAsync(new Regex("[?&]from=2022-(01-12|12-01)"));
        Assert.DoesNotContain(visited, url => url.Contains("from=00", StringComparison.Ordinal) || url.Contains("from=02", StringComparison.Ordinal));
        Assert.Matches("^2022-(01-12|12-01)$", await page.Locator("#from").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Enter_and_a_filter_change_go_to_an_address_with_only_the_parameters_set()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search posts").First.FillAsync("Yalta");
        await page.GetByLabel("Search posts").First.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("[?&]q=Yalta"));
        Assert.EndsWith("/?q=Yalta", page.Url);

        await page.Locator("details.filters summary").ClickAsync();
        await page.Locator("#lang").SelectOptionAsync("en");
        await page.WaitForURLAsync(new Regex("[?&]lang=en"));
        Assert.EndsWith("/?q=Yalta&lang=en", page.Url);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task At_phone_width_an_active_filter_leaves_the_panel_closed_and_shows_a_chip()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/?q=Yalta&channel=Russian%20Embassy%20in%20the%20UK&lang=en");

        Assert.False(await page.Locator("details.filters").EvaluateAsync<bool>("d => d.open"), "the filter panel is open");
        Assert.Equal(2, await page.Locator(".chips a.chip:not(.clear)").CountAsync());
        var firstHit = await page.Locator("ol.hits > li").First.BoundingBoxAsync();
        Assert.True(firstHit!.Y < 844, $"the first hit starts at {firstHit.Y} px, below the first screen");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task At_phone_width_the_placeholder_and_the_channels_dates_fit()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");

        var placeholderFits = await page.Locator("#q").EvaluateAsync<bool>(
            @"box => {
                const style = getComputedStyle(box);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return context.measureText(box.placeholder).width <= room;
            }");
        Assert.True(placeholderFits, "the search box's placeholder is cut off");

        await page.GotoAsync("/channels");
        var wrap = page.Locator(".table-wrap");
        var (scroll, client) = (await wrap.EvaluateAsync<int>("w => w.scrollWidth"), await wrap.EvaluateAsync<int>("w => w.clientWidth"));
        Assert.True(scroll <= client, $"the channels table is {scroll} px wide in {client} px: its date columns are cut");
        // A name breaks between its words: every word of it fits its column's width on one line.
        var namesWhole = await page.Locator("tbody th[scope=row] > a").EvaluateAllAsync<bool>(
            @"links => links.every(link => {
                const cell = link.closest('th'), style = getComputedStyle(cell);
                const context = document.createElement('canvas').getContext('2d');
                context.font = getComputedStyle(link).font;
                const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return link.textContent.trim().split(/\s+/).every(word => context.measureText(word).width <= room + 1);
            })");
        Assert.True(namesWhole, "a channel's name breaks inside a word at phone width");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Press_slash_to_search_is_not_shown_on_a_touch_screen()
    {
        await using var touch = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            BaseURL = app.BaseUrl,
            HasTouch = true,
            IsMobile = true,
        });
        var page = await touch.NewPageAsync();
        await page.GotoAsync("/");

        Assert.False(await page.Locator("footer kbd").IsVisibleAsync(), "\"Press / to search\" shows on a touch screen");

        var desktop = await app.NewPageAsync();
        await desktop.GotoAsync("/");
        Assert.True(await desktop.Locator("footer kbd").IsVisibleAsync(), "\"Press / to search\" is gone on a desktop too");
        await desktop.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_sort_switch_beside_the_results_reorders_them_and_the_heading_says_so()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=Yalta");

        await page.Locator("nav.sort-switch a", new PageLocatorOptions { HasText = "Oldest first" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("[?&]sort=oldest"));
        Assert.Contains("oldest first", await page.Locator("h1.result-summary").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
