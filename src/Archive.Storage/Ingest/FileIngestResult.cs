namespace Archive.Storage.Ingest;

/// <summary>What one file's ingest did: counts of posts, or why the file was rejected.</summary>
/// <param name="Path">The file as given (full path).</param>
/// <param name="Format">The reader that took it; null when it could not be read at all.</param>
/// <param name="ChangedPostIds">Posts inserted or updated: what the search index has to (re)index.</param>
public sealed record FileIngestResult(
    string Path,
    string? Format,
    int New,
    int Unchanged,
    int Updated,
    string? Error,
    IReadOnlyList<string> ChangedPostIds)
{
    public bool Rejected => Error is not null;

    /// <summary>
    /// Posts stored before whose copies this file changed (a new post copies them, or an edit no longer does): the index
    /// has to update their copy counts. Not in <see cref="ChangedPostIds"/>.
    /// </summary>
    public IReadOnlyList<string> CopiesChangedPostIds { get; init; } = [];

    /// <summary>True when the file was skipped because the store already holds exactly these bytes.</summary>
    public bool Skipped { get; init; }

    /// <summary>Set when the file was skipped and its posts are stored under another channel than the run asked for.</summary>
    public ChannelMismatch? StoredUnder { get; init; }

    internal static FileIngestResult Rejection(string path, string? format, string error) =>
        new(path, format, 0, 0, 0, error, []);
}

/// <summary>An unchanged file's channel in the store (<paramref name="Stored"/>) and the one a run asked for (<paramref name="Asked"/>).</summary>
public sealed record ChannelMismatch(string Stored, string Asked)
{
    /// <summary>The command that moves the stored channel's posts to the asked name.</summary>
    public string RenameCommand => $"archive channels rename {Quoted(Stored)} {Quoted(Asked)}";

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
