using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>Cite on a post page: opened, copied, and read, at desktop and phone width.</summary>
public sealed partial class BrowserTests
{
    [ChromiumTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Cite_opens_on_a_post_and_Copy_puts_the_citation_on_the_clipboard(int width, int height, string name)
    {
        var page = await app.NewPageAsync(width, height);
        // A page on 127.0.0.1 is a secure context: the button copies through navigator.clipboard, allowed here.
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = app.BaseUrl });
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(InferredQuery));
        var opened = page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/posts/"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        await page.Locator("ol.hits .hit-title a").First.ClickAsync();
        await opened;

        var citation = page.GetByLabel("Citation");
        Assert.False(await citation.IsVisibleAsync(), "the citation shows before Cite is opened");
        await page.Locator("details.cite summary").ClickAsync();
        Assert.True(await citation.IsVisibleAsync(), "opening Cite did not show the citation");
        var text = await citation.InputValueAsync();
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.EndsWith("19–21 Feb 2025 (inferred date range, from the dated posts around it)", lines[0]);
        Assert.Equal(page.Url, lines[1]);
        Assert.StartsWith("Source: 001_324c6b84bf7a6647.txt, post ", lines[2]);
        Assert.Matches("^Source SHA-256: [0-9a-f]{64}$", lines[3]);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Copy" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status]")).ToHaveTextAsync("Copied");
        Assert.Equal(text, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await BrowserApp.StableScreenshotAsync(page, Path.Combine(Path.GetTempPath(), $"archive-cite-{name}.png"));
        await AssertNoSidewaysScrollAsync(page, width);
        await page.Context.CloseAsync();
    }
}
