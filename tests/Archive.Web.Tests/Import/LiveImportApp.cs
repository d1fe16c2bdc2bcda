using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Import;

/// <summary>
/// The real app with live import on: a data folder and an import folder of the test's choosing, so that a second
/// instance over the same folders is the same archive after a restart. No demo data; quick scans.
/// </summary>
internal sealed class LiveImportApp(string dataDirectory, string importDirectory) : WebApplicationFactory<Program>
{
    /// <summary>How often the app scans the folder in these tests: the file watcher usually wakes it sooner.</summary>
    public static readonly TimeSpan ScanInterval = TimeSpan.FromSeconds(1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:DataDirectory", dataDirectory);
        builder.UseSetting("Archive:ImportDirectory", importDirectory);
        builder.UseSetting("Archive:DemoData", "false");
        builder.UseSetting("Archive:ImportScanSeconds", ScanInterval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:ImportSettleSeconds", "0.2");
        // The tests poll the API; the default limit would answer 429 before a slow machine is done.
        builder.UseSetting("Archive:ApiRequestsPerMinute", "100000");
    }
}
