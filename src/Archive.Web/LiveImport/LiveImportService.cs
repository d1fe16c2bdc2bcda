using System.Threading.Channels;
using Archive.Web.Hosting;

namespace Archive.Web.LiveImport;

/// <summary>
/// Ingests the dumps dropped into the import folder while the site runs: a file watcher wakes it at once, a periodic scan catches what the watcher misses.
/// </summary>
public sealed class LiveImportService(ImportFolderScanner scanner, ArchiveOptions options, TimeProvider clock, ILogger<LiveImportService> logger)
    : BackgroundService
{
    /// <summary>One pending wake-up is enough: a scan looks at every file anyway.</summary>
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Directory.CreateDirectory(scanner.Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Cannot create the import folder {Folder} ({Reason}); scanning for it every {ScanSeconds} s", scanner.Folder, e.Message, options.ImportScanSeconds);
        }
        using var watcher = TryWatch();
        logger.LogInformation("Live import watching {Folder} (full scan every {ScanSeconds} s, files settle for {SettleSeconds} s)",
            scanner.Folder, options.ImportScanSeconds, options.ImportSettleSeconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = options.ImportScanInterval;
            try
            {
                var report = await scanner.ScanAsync(stoppingToken);
                if (report.Waiting > 0)
                {
                    // Come back once the files seen changing may have settled, but not in a busy loop.
                    next = TimeSpan.FromMilliseconds(Math.Min(next.TotalMilliseconds, Math.Max(options.ImportSettleTime.TotalMilliseconds, 250)));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scan of the import folder {Folder} failed", scanner.Folder);
            }

            try
            {
                await WaitAsync(next, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    /// <summary>Returns after <paramref name="delay"/>, or as soon as the watcher reports a change.</summary>
    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delayed = Task.Delay(delay, clock, timeout.Token);
        var woken = _wake.Reader.WaitToReadAsync(timeout.Token).AsTask();
        await Task.WhenAny(delayed, woken);
        await timeout.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        _wake.Reader.TryRead(out _);
    }

    private FileSystemWatcher? TryWatch()
    {
        try
        {
            var watcher = new FileSystemWatcher(scanner.Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "The import folder watcher failed; the periodic scan goes on");
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            logger.LogWarning("Cannot watch {Folder} ({Reason}); relying on the scan every {ScanSeconds} s", scanner.Folder, e.Message, options.ImportScanSeconds);
            return null;
        }
    }
}
