using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>
/// The demo archive served by Kestrel on a loopback port, and Debian's Chromium driven by Playwright
/// (never a downloaded browser).
/// </summary>
public class BrowserApp : ArchiveAppFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>"http://127.0.0.1:port", no trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Set to 1 to write the README's screenshots into docs/screenshots; otherwise they go to a temporary folder.</summary>
    public const string ScreenshotsVariable = "ARCHIVE_SCREENSHOTS";

    /// <summary>
    /// docs/screenshots in the repository this test runs from when <see cref="ScreenshotsVariable"/> is 1, so that a
    /// plain test run leaves the work tree as it found it; else a folder of its own under the system's temp folder.
    /// </summary>
    public static string ScreenshotDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable(ScreenshotsVariable) != "1")
            {
                return Path.Combine(Path.GetTempPath(), "archive-screenshots");
            }
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots");
        }
    }

    /// <summary>
    /// Takes a screenshot that is the same from run to run: the search time, the one figure on the pages that changes
    /// between runs of the same archive, is hidden first.
    /// </summary>
    public static async Task<byte[]> StableScreenshotAsync(IPage page, string? path, bool fullPage = false)
    {
        // Through the CSSOM: the site's Content-Security-Policy refuses an added style sheet.
        await page.EvaluateAsync("document.querySelectorAll('.elapsed').forEach(e => e.style.visibility = 'hidden')");
        return await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
    }

    public override async Task InitializeAsync()
    {
        if (!ChromiumFactAttribute.ChromiumInstalled)
        {
            // Every browser test is skipped with the reason; starting the app would only cost time.
            return;
        }
        await base.InitializeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    protected override async Task DisposeFixtureAsync()
    {
        if (!ChromiumFactAttribute.ChromiumInstalled)
        {
            return;
        }
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await base.DisposeFixtureAsync();
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseUrl,
            Locale = "en-GB",
        });
        // The machine is shared with other builds; Playwright's 30 s default has run out under that load.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }
}
