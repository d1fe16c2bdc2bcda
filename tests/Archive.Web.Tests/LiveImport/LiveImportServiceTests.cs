using Archive.Web.Hosting;
using Archive.Web.LiveImport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests.LiveImport;

public sealed class LiveImportServiceTests : IDisposable
{
    /// <summary>Only a bound on a failing test: nothing here waits for time to pass.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ImportFolder _folder = new();
    private readonly ManualClock _clock = new();

    public void Dispose() => _folder.Dispose();

    private ServiceProvider Services(ArchiveOptions options, ImportFile import) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddLiveImport(options, _ => import)
            .BuildServiceProvider();

    [Fact]
    public async Task A_file_dropped_while_the_service_runs_is_imported_without_waiting_for_the_periodic_scan()
    {
        var imported = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The clock never moves in this test, so the periodic scan never comes: only the file watcher can wake the service.
        await using var services = Services(new ArchiveOptions { ImportDirectory = _folder.Path, ImportScanSeconds = 30, ImportSettleSeconds = 0 },
            (path, _, _) =>
            {
                imported.TrySetResult(File.ReadAllText(path));
                return Task.FromResult(ImportOutcome.Ingested(1, 0, 0));
            });
        var service = Assert.Single(services.GetServices<IHostedService>());
        await service.StartAsync(CancellationToken.None);
        try
        {
            // The service starts a timer once its first (empty) scan is done and it waits: the file can only be found after a wake-up.
            await _clock.TimersStartedAsync(1).WaitAsync(Patience);
            // Written under a hidden name and renamed, as the docs advise, so the one scan the rename wakes finds it whole.
            var hidden = _folder.Write(".dropped.txt", "a new dump\n");
            File.Move(hidden, Path.Combine(_folder.Path, "dropped.txt"));

            // Patience bounds a failure only: the import follows the rename's wake-up at once.
            Assert.Equal("a new dump\n", await imported.Task.WaitAsync(Patience));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_file_that_is_still_settling_is_imported_by_the_scan_the_service_schedules_after_the_settle_time()
    {
        var imported = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var services = Services(new ArchiveOptions { ImportDirectory = _folder.Path, ImportScanSeconds = 3600, ImportSettleSeconds = 2 },
            (path, _, _) =>
            {
                imported.TrySetResult(File.ReadAllText(path));
                return Task.FromResult(ImportOutcome.Ingested(1, 0, 0));
            });
        _folder.Write("dropped.txt", "a new dump\n");
        var service = Assert.Single(services.GetServices<IHostedService>());
        await service.StartAsync(CancellationToken.None);
        try
        {
            // The first scan sees the file, too fresh to read, and comes back after the settle time, not after the hour.
            await _clock.TimersStartedAsync(1).WaitAsync(Patience);
            Assert.False(imported.Task.IsCompleted, "the file was read before it had settled");
            _clock.Advance(TimeSpan.FromSeconds(2));

            Assert.Equal("a new dump\n", await imported.Task.WaitAsync(Patience));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Without_an_import_folder_no_live_import_runs()
    {
        await using var services = Services(new ArchiveOptions(), (_, _, _) => throw new InvalidOperationException("nothing to import"));

        Assert.Empty(services.GetServices<IHostedService>());
    }
}
