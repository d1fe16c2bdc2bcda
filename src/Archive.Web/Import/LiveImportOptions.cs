using System.ComponentModel.DataAnnotations;

namespace Archive.Web.Import;

/// <summary>Settings of the live import, bound from the "Archive" section (env: Archive__ImportDirectory, Archive__ImportScanSeconds, Archive__ImportSettleSeconds).</summary>
public sealed class LiveImportOptions
{
    public const string Section = "Archive";

    /// <summary>Folder watched for dumps to ingest; live import is off when it is empty (the image sets /import).</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>Seconds between full scans of the folder: the safety net for events the file watcher misses (network shares, Docker Desktop bind mounts).</summary>
    [Range(1, 86_400)]
    public int ImportScanSeconds { get; set; } = 30;

    /// <summary>Seconds a file's size and modification time must stay the same before it is read: how a copy still in progress is told apart.</summary>
    [Range(0, 3_600)]
    public double ImportSettleSeconds { get; set; } = 2;

    public bool Enabled => !string.IsNullOrWhiteSpace(ImportDirectory);
    public TimeSpan ScanInterval => TimeSpan.FromSeconds(ImportScanSeconds);
    public TimeSpan SettleTime => TimeSpan.FromSeconds(ImportSettleSeconds);
}
