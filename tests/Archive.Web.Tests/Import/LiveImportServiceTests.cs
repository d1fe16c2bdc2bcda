using Archive.Web.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests.Import;

public sealed class LiveImportServiceTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ServiceProvider Services(Dictionary<string, string?> settings, ImportFile import) =>
        new ServiceCollection()
            .AddLogging()
            .AddLiveImport(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _ => import)
            .BuildServiceProvider();

    [Fact]
    public async Task A_file_dropped_while_the_service_runs_is_imported_without_waiting_for_the_periodic_scan()
    {
        var imported = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var services = Services(new()
        {
            ["Archive:ImportDirectory"] = _folder.Path,
            // An hour between scans: within the test only the file watcher can have woken the service.
            ["Archive:ImportScanSeconds"] = "3600",
            ["Archive:ImportSettleSeconds"] = "0.2",
        }, (path, _, _) =>
        {
            imported.TrySetResult(File.ReadAllText(path));
            return Task.FromResult(ImportOutcome.Ingested(1, 0, 0));
        });
        var service = Assert.Single(services.GetServices<IHostedService>());
        await service.StartAsync(CancellationToken.None);
        try
        {
            // Let the first (empty) scan pass, so the file can only be found after a wake-up.
            await Task.Delay(500);
            _folder.Write("dropped.txt", "a new dump\n");

            var winner = await Task.WhenAny(imported.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.True(winner == imported.Task, "the dropped file was not imported within 20 s");
            Assert.Equal("a new dump\n", await imported.Task);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Without_an_import_folder_no_live_import_runs()
    {
        await using var services = Services(new(), (_, _, _) => throw new InvalidOperationException("nothing to import"));

        Assert.Empty(services.GetServices<IHostedService>());
        Assert.False(services.GetRequiredService<LiveImportOptions>().Enabled);
    }

    [Fact]
    public async Task Settings_are_read_from_the_Archive_section()
    {
        await using var services = Services(new()
        {
            ["Archive:ImportDirectory"] = _folder.Path,
            ["Archive:ImportScanSeconds"] = "45",
            ["Archive:ImportSettleSeconds"] = "5",
        }, (_, _, _) => Task.FromResult(ImportOutcome.Ingested(0, 0, 0)));

        var options = services.GetRequiredService<LiveImportOptions>();
        Assert.Equal(_folder.Path, options.ImportDirectory);
        Assert.Equal(TimeSpan.FromSeconds(45), options.ScanInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SettleTime);
    }
}
