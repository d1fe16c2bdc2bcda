using System.Security.Cryptography;

namespace Archive.Web.LiveImport;

/// <summary>What one scan of the import folder did.</summary>
/// <param name="Imported">Files handed to the ingester (accepted or rejected).</param>
/// <param name="Waiting">Files seen but not ready yet (still changing, or held open by a writer): the caller scans again after the settle time.</param>
public sealed record ScanReport(int Imported, int Waiting);

/// <summary>
/// Finds the files in the import folder that are new or changed and done being written, and hands each to the ingester once.
/// A file is ready when its size and modification time have stayed the same for the settle time and it can be opened exclusively.
/// Every version of a file (size, mtime, SHA-256) is tried once: a rejected file waits until its content changes, and so
/// does one the ingester failed on unexpectedly <see cref="MaxFailures"/> times.
/// The hash goes to the ingester too, which knows the versions tried before a restart.
/// </summary>
public sealed class ImportFolderScanner(string folder, TimeSpan settleTime, ImportFile import, TimeProvider clock, ILogger<ImportFolderScanner> logger)
{
    /// <summary>Names that partial downloads and copy tools use while a file is not complete yet.</summary>
    private static readonly string[] TemporarySuffixes = [".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~"];

    /// <summary>
    /// Tries of one version that fail unexpectedly before it is left alone until it changes: a passing failure (the
    /// store busy) clears by then, and a file that breaks the ingester every time is not read again at every scan.
    /// </summary>
    public const int MaxFailures = 3;

    private readonly Dictionary<string, TrackedFile> _files = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Looks at every file under the folder once; ingests those that are ready and not yet tried in this version.</summary>
    public async Task<ScanReport> ScanAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int imported = 0, waiting = 0;

        foreach (var file in EnumerateCandidates())
        {
            ct.ThrowIfCancellationRequested();
            seen.Add(file.FullName);
            FileStamp stamp;
            try
            {
                file.Refresh();
                if (!file.Exists)
                {
                    continue;
                }
                stamp = new FileStamp(file.Length, file.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                continue;
            }

            if (!_files.TryGetValue(file.FullName, out var tracked))
            {
                tracked = new TrackedFile(stamp, now);
                _files[file.FullName] = tracked;
            }
            if (tracked.Done == stamp)
            {
                continue;
            }
            if (tracked.Seen != stamp)
            {
                tracked.Seen = stamp;
                tracked.SeenSince = now;
            }
            if (now - tracked.SeenSince < settleTime)
            {
                waiting++;
                continue;
            }

            var (hash, unreadable) = await TryHashExclusivelyAsync(file.FullName, ct);
            if (unreadable)
            {
                // No permission to read: the ingester reports it (once per version); read again once the permissions allow.
                if (tracked.Unreadable != stamp && await TryImportAsync(file.FullName, contentHash: null, failures: 0, ct))
                {
                    tracked.Unreadable = stamp;
                    imported++;
                }
                continue;
            }
            if (hash is null)
            {
                logger.LogDebug("Waiting for {File}: another process has it open", file.FullName);
                waiting++;
                continue;
            }
            if (hash == tracked.DoneHash)
            {
                // Touched or rewritten with the same bytes: that version was already tried.
                tracked.Done = stamp;
                continue;
            }

            if (tracked.FailedHash != hash)
            {
                tracked.FailedHash = hash;
                tracked.Failures = 0;
            }
            if (await TryImportAsync(file.FullName, hash, tracked.Failures, ct))
            {
                tracked.Done = stamp;
                tracked.DoneHash = hash;
                tracked.Failures = 0;
                imported++;
            }
            else if (++tracked.Failures >= MaxFailures)
            {
                // Given up on, as a rejected file is: tried again when its content changes.
                tracked.Done = stamp;
                tracked.DoneHash = hash;
            }
        }

        foreach (var gone in _files.Keys.Where(path => !seen.Contains(path)).ToList())
        {
            _files.Remove(gone);
        }
        return new ScanReport(imported, waiting);
    }

    /// <summary>
    /// True when the file was tried (accepted or rejected); false when the ingester failed unexpectedly. The first
    /// failure of a version is logged with its stack trace, the next ones in a line, the last one says it is given up.
    /// </summary>
    private async Task<bool> TryImportAsync(string path, string? contentHash, int failures, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        ImportOutcome outcome;
        try
        {
            outcome = await import(path, contentHash, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (failures == 0)
            {
                logger.LogError(e, "Live import of {File} failed; it will be tried again at the next scan", path);
            }
            else if (failures + 1 < MaxFailures)
            {
                logger.LogWarning("Live import of {File} failed again ({Reason}); it will be tried again at the next scan", path, e.Message);
            }
            else
            {
                logger.LogWarning("Live import of {File} failed {Failures} times ({Reason}); it will be tried again when it changes", path, MaxFailures, e.Message);
            }
            return false;
        }

        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        switch (outcome)
        {
            case { NotADump: true }:
                logger.LogInformation("Skipped {File}: not a dump (no known format in its content); it will be looked at again when it changes", path);
                break;
            case { AlreadyKnown: true, IsRejected: true }:
                logger.LogInformation("Skipped {File}: this version was rejected before ({Error}); it will be tried again when it changes", path, outcome.Error);
                break;
            case { AlreadyKnown: true }:
                logger.LogDebug("Skipped {File}: this version is in the archive already ({Posts} posts)", path, outcome.UnchangedPosts);
                break;
            case { IsRejected: true }:
                logger.LogWarning("Live import rejected {File}: {Error}; it will be tried again when it changes", path, outcome.Error);
                break;
            default:
                logger.LogInformation("Live import of {File} done, searchable now: {New} new, {Updated} updated, {Unchanged} unchanged in {ElapsedMs} ms",
                    path, outcome.NewPosts, outcome.UpdatedPosts, outcome.UnchangedPosts, elapsedMs);
                break;
        }
        return true;
    }

    private IEnumerable<FileInfo> EnumerateCandidates()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        // Hidden files (a leading dot on Unix) are skipped too: rsync and many editors write to ".name.XXXXXX" and rename when done.
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return new DirectoryInfo(Folder).EnumerateFiles("*", options)
            .Where(f => !TemporarySuffixes.Any(suffix => f.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Hashes the file while holding it exclusively; no hash when a writer still has it open, or when it cannot be read at all.
    /// (.NET writers hold an advisory lock that this open conflicts with; other writers are caught by the settle time alone.)
    /// </summary>
    private static async Task<(string? Hash, bool Unreadable)> TryHashExclusivelyAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, bufferSize: 1 << 16, useAsync: true);
            return (Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct)), false);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, true);
        }
        catch (IOException)
        {
            return (null, false);
        }
    }

    private readonly record struct FileStamp(long Length, DateTime LastWriteUtc);

    private sealed class TrackedFile(FileStamp seen, DateTimeOffset seenSince)
    {
        /// <summary>The size and mtime last observed, and since when they have not changed.</summary>
        public FileStamp Seen { get; set; } = seen;
        public DateTimeOffset SeenSince { get; set; } = seenSince;

        /// <summary>The version last handed to the ingester (or found identical to it): not tried again.</summary>
        public FileStamp? Done { get; set; }
        public string? DoneHash { get; set; }

        /// <summary>The version whose tries failed unexpectedly, and how many times in a row.</summary>
        public string? FailedHash { get; set; }
        public int Failures { get; set; }

        /// <summary>The version found unreadable and reported as such.</summary>
        public FileStamp? Unreadable { get; set; }
    }
}
