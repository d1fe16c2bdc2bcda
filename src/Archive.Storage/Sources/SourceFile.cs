namespace Archive.Storage.Sources;

/// <summary>A file that was ingested (or rejected), and what came of it.</summary>
public sealed class SourceFile
{
    public int Id { get; set; }

    /// <summary>Full path as given at ingest; unique.</summary>
    public required string Path { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the bytes: an unchanged file is skipped.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The reader that took it ("channel-dump", "article", "telegram-json", "telegram-html").</summary>
    public string? Format { get; set; }

    public DateTimeOffset IngestedAt { get; set; }
    public int PostCount { get; set; }

    /// <summary>Why the file was rejected; null when it went in.</summary>
    public string? Error { get; set; }
}
