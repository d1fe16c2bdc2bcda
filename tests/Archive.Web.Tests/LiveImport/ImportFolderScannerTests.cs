using Archive.Web.LiveImport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Web.Tests.LiveImport;

public sealed class ImportFolderScannerTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly ImportFolder _folder = new();
    private readonly ManualClock _clock = new();
    private readonly ImportFolderScanner _scanner;

    public ImportFolderScannerTests() =>
        _scanner = new ImportFolderScanner(_folder.Path, Settle, _folder.Ingest, _clock, NullLogger<ImportFolderScanner>.Instance);

    public void Dispose() => _folder.Dispose();

    private async Task<ScanReport> ScanAfter(TimeSpan wait)
    {
        _clock.Advance(wait);
        return await _scanner.ScanAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_new_file_is_imported_once_it_has_settled_and_only_once()
    {
        var demo = Path.Combine(AppContext.BaseDirectory, "demo", "004_863b25e67bf338d3.txt");
        var dropped = Path.Combine(_folder.Path, "004.txt");
        File.Copy(demo, dropped);

        var first = await ScanAfter(TimeSpan.Zero);
        Assert.Equal(new ScanReport(Imported: 0, Waiting: 1), first);
        Assert.Empty(_folder.Calls);

        var second = await ScanAfter(Settle);
        Assert.Equal(new ScanReport(Imported: 1, Waiting: 0), second);

        await ScanAfter(TimeSpan.FromMinutes(1));
        await ScanAfter(TimeSpan.FromMinutes(1));
        var call = Assert.Single(_folder.Calls);
        Assert.Equal(dropped, call.File);
        Assert.Equal(await File.ReadAllTextAsync(demo), call.Content);
    }

    [Fact]
    public async Task A_file_still_growing_waits_until_its_size_stops_changing()
    {
        var path = _folder.Write("growing.txt", "first half\n");
        await ScanAfter(TimeSpan.Zero);

        // Just under the settle time it grows again: the wait starts over.
        _clock.Advance(Settle - TimeSpan.FromMilliseconds(100));
        await File.AppendAllTextAsync(path, "second half\n");
        var whileGrowing = await _scanner.ScanAsync(CancellationToken.None);
        Assert.Equal(new ScanReport(Imported: 0, Waiting: 1), whileGrowing);

        var tooSoon = await ScanAfter(Settle - TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, tooSoon.Imported);
        Assert.Empty(_folder.Calls);

        await ScanAfter(TimeSpan.FromMilliseconds(100));
        var call = Assert.Single(_folder.Calls);
        Assert.Equal("first half\nsecond half\n", call.Content);
    }

    [Fact]
    public async Task A_file_held_open_by_a_writer_waits_until_it_is_closed()
    {
        var path = Path.Combine(_folder.Path, "held.txt");
        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        await writer.WriteAsync("still writing\n"u8.ToArray());
        await writer.FlushAsync();

        await ScanAfter(TimeSpan.Zero);
        var whileOpen = await ScanAfter(Settle * 5);
        Assert.Equal(new ScanReport(Imported: 0, Waiting: 1), whileOpen);
        Assert.Empty(_folder.Calls);

        await writer.DisposeAsync();
        var afterClose = await ScanAfter(TimeSpan.FromSeconds(1));
        Assert.Equal(new ScanReport(Imported: 1, Waiting: 0), afterClose);
    }

    [Fact]
    public async Task A_rejected_file_is_not_retried_until_its_content_changes()
    {
        _folder.Answer = _ => ImportOutcome.Rejected("empty file");
        var path = _folder.Write("bad.txt", "");
        await ScanAfter(TimeSpan.Zero);
        await ScanAfter(Settle);
        Assert.Single(_folder.Calls);

        await ScanAfter(TimeSpan.FromMinutes(5));
        Assert.Single(_folder.Calls);

        // Touched, same bytes: still the version that was rejected.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await ScanAfter(Settle);
        await ScanAfter(Settle);
        Assert.Single(_folder.Calls);

        _folder.Answer = _ => ImportOutcome.Ingested(3, 0, 0);
        await File.WriteAllTextAsync(path, "now with a post\n");
        await ScanAfter(Settle);
        await ScanAfter(Settle);
        Assert.Equal(2, _folder.Calls.Count);
        Assert.Equal("now with a post\n", _folder.Calls[1].Content);
    }

    [Fact]
    public async Task An_accepted_file_that_changes_is_imported_again()
    {
        var path = _folder.Write("channel.txt", "post one\n");
        await ScanAfter(TimeSpan.Zero);
        await ScanAfter(Settle);
        await File.AppendAllTextAsync(path, "post two\n");
        await ScanAfter(Settle);
        await ScanAfter(Settle);

        Assert.Equal(["post one\n", "post one\npost two\n"], _folder.Calls.Select(c => c.Content));
    }

    [Fact]
    public async Task Hidden_and_partly_downloaded_files_are_left_alone()
    {
        _folder.Write(".channel.txt.Xy12ab", "rsync writes here first");
        _folder.Write("channel.txt.part", "a download in progress");
        _folder.Write("channel.txt.crdownload", "a browser download in progress");
        _folder.Write("real.txt", "a finished dump");

        await ScanAfter(TimeSpan.Zero);
        await ScanAfter(Settle);

        var call = Assert.Single(_folder.Calls);
        Assert.Equal("real.txt", Path.GetFileName(call.File));
    }

    [Fact]
    public async Task Files_in_subfolders_are_imported_too()
    {
        _folder.Write(Path.Combine("ChatExport_2026-01-01", "result.json"), "{}");

        await ScanAfter(TimeSpan.Zero);
        await ScanAfter(Settle);

        var call = Assert.Single(_folder.Calls);
        Assert.Equal(Path.Combine(_folder.Path, "ChatExport_2026-01-01", "result.json"), call.File);
    }

    [Fact]
    public async Task A_file_the_ingester_failed_on_unexpectedly_is_tried_again_at_the_next_scan()
    {
        var attempts = 0;
        var scanner = new ImportFolderScanner(_folder.Path, Settle,
            (_, _, _) => ++attempts == 1 ? throw new IOException("database is locked") : Task.FromResult(ImportOutcome.Ingested(1, 0, 0)),
            _clock, NullLogger<ImportFolderScanner>.Instance);
        _folder.Write("channel.txt", "post\n");

        await scanner.ScanAsync(CancellationToken.None);
        _clock.Advance(Settle);
        var failed = await scanner.ScanAsync(CancellationToken.None);
        var retried = await scanner.ScanAsync(CancellationToken.None);
        var settled = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(0, failed.Imported);
        Assert.Equal(1, retried.Imported);
        Assert.Equal(0, settled.Imported);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_missing_import_folder_is_no_error_and_its_files_count_once_it_appears()
    {
        var missing = Path.Combine(_folder.Path, "not-yet");
        var scanner = new ImportFolderScanner(missing, TimeSpan.Zero, _folder.Ingest, _clock, NullLogger<ImportFolderScanner>.Instance);

        Assert.Equal(new ScanReport(0, 0), await scanner.ScanAsync(CancellationToken.None));

        _folder.Write(Path.Combine("not-yet", "late.txt"), "arrived later");
        Assert.Equal(new ScanReport(1, 0), await scanner.ScanAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_ingester_is_given_the_SHA256_of_the_bytes_it_will_read()
    {
        _folder.Write("channel.txt", "post one\n");
        await ScanAfter(TimeSpan.Zero);
        await ScanAfter(Settle);

        // SHA-256 of the 9 bytes "post one\n", lower-case hex as the store records it.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("post one\n"u8));
        Assert.Equal([expected], _folder.Hashes);
    }
}

/// <summary>A logger that keeps what is logged, to count lines and stack traces.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}

public sealed class ImportFolderScannerFailureTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly ImportFolder _folder = new();
    private readonly ManualClock _clock = new();
    private readonly ListLogger<ImportFolderScanner> _log = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_the_ingester_always_fails_on_is_given_up_until_it_changes_with_one_stack_trace()
    {
        var attempts = 0;
        var scanner = new ImportFolderScanner(_folder.Path, Settle,
            (_, _, _) =>
            {
                attempts++;
                throw new ArgumentOutOfRangeException("date_unixtime", "Valid values are between -62135596800 and 253402300799");
            },
            _clock, _log);
        var path = _folder.Write("result.json", "{\"messages\": []}");

        await scanner.ScanAsync(CancellationToken.None);
        _clock.Advance(Settle);
        for (var scan = 0; scan < 20; scan++)
        {
            await scanner.ScanAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(ImportFolderScanner.MaxFailures, attempts);
        var traced = Assert.Single(_log.Entries, e => e.Exception is not null);
        Assert.Equal(LogLevel.Error, traced.Level);
        var failures = _log.Entries.Where(e => e.Message.Contains("result.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(ImportFolderScanner.MaxFailures, failures.Count);
        Assert.Contains("tried again when it changes", failures[^1].Message);

        // Changed, it is tried again.
        await File.WriteAllTextAsync(path, "{\"messages\": [1]}");
        await scanner.ScanAsync(CancellationToken.None);
        _clock.Advance(Settle);
        await scanner.ScanAsync(CancellationToken.None);
        Assert.Equal(ImportFolderScanner.MaxFailures + 1, attempts);
    }

    [Fact]
    public async Task A_rejected_file_is_logged_once_without_a_stack_trace_however_many_scans_pass()
    {
        _folder.Answer = _ => ImportOutcome.Rejected("looks like a binary file (NUL or control bytes), not a text dump");
        var scanner = new ImportFolderScanner(_folder.Path, Settle, _folder.Ingest, _clock, _log);
        _folder.Write("photo.json", "\0\u0001binary");

        await scanner.ScanAsync(CancellationToken.None);
        _clock.Advance(Settle);
        for (var scan = 0; scan < 10; scan++)
        {
            await scanner.ScanAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Single(_folder.Calls);
        var logged = Assert.Single(_log.Entries, e => e.Message.Contains("photo.json", StringComparison.Ordinal));
        Assert.Null(logged.Exception);
        Assert.Equal(LogLevel.Warning, logged.Level);
    }
}
