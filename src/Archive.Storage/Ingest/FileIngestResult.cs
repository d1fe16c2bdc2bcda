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

    internal static FileIngestResult Rejection(string path, string? format, string error) =>
        new(path, format, 0, 0, 0, error, []);
}
