using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.LiveImport;

/// <summary>
/// The real app with live import on: a data folder and an import folder of the test's choosing, so that a second
/// instance over the same folders is the same archive after a restart. No demo data. The live import runs on a
/// <see cref="ManualClock"/>: its scans come when the test moves the clock (or the file watcher wakes it), never on
/// their own, and the test knows when one is done.
/// </summary>
internal sealed class LiveImportApp(string dataDirectory, string importDirectory) : WebApplicationFactory<Program>
{
    /// <summary>The time between scans the app is given; only the manual clock's time passes.</summary>
    public static readonly TimeSpan ScanInterval = TimeSpan.FromSeconds(30);

    /// <summary>A bound on a failing test only: a scan of a few small files takes milliseconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public ManualClock Clock { get; } = new();

    /// <summary>Moves the clock past the scan interval and waits until a scan is done (the service waits on the clock again).</summary>
    private async Task ScanAsync()
    {
        var started = Clock.TimersStarted;
        Clock.Advance(ScanInterval);
        await Clock.TimersStartedAsync(started + 1).WaitAsync(Patience);
    }

    /// <summary>
    /// Returns once a whole scan that began after this call is done: it saw every file as it was at the call. (The first
    /// scan waited for may have been running already, perhaps woken by the file watcher; the second began after it.)
    /// </summary>
    public async Task WholeScanAsync()
    {
        await ScanAsync();
        await ScanAsync();
    }

    /// <summary>
    /// Lets scans run, one at a time, until <paramref name="condition"/> holds; false when it still does not after
    /// <paramref name="scans"/> of them (each moves the clock past the settle time, so a dropped file is read in the second or third).
    /// </summary>
    public async Task<bool> ScansUntilAsync(Func<Task<bool>> condition, int scans = 5)
    {
        for (var i = 0; i < scans; i++)
        {
            if (await condition())
            {
                return true;
            }
            await ScanAsync();
        }
        return await condition();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:DataDirectory", dataDirectory);
        builder.UseSetting("Archive:ImportDirectory", importDirectory);
        builder.UseSetting("Archive:DemoData", "false");
        builder.UseSetting("Archive:ImportScanSeconds", ScanInterval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:ImportSettleSeconds", "2");
        // The tests ask the API after every scan; the default limit could answer 429 in a long test.
        builder.UseSetting("Archive:ApiRequestsPerMinute", "100000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
