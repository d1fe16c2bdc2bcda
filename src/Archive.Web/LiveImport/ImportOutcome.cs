namespace Archive.Web.LiveImport;

/// <summary>What ingesting one dropped file came to: counts of posts, or why the file was rejected.</summary>
public sealed record ImportOutcome(int NewPosts, int UpdatedPosts, int UnchangedPosts, string? Error)
{
    public bool IsRejected => Error is not null;

    /// <summary>The store already held this very version of the file (same path, same bytes): nothing was read or written.</summary>
    public bool AlreadyKnown { get; init; }

    /// <summary>The file is not a dump (a README, a note, a source file): left alone, neither read nor recorded.</summary>
    public bool NotADump { get; init; }

    /// <summary>A file whose content is no known dump format: skipped, not rejected, until it changes.</summary>
    public static ImportOutcome Skipped() => new(0, 0, 0, null) { NotADump = true };

    public static ImportOutcome Ingested(int newPosts, int updatedPosts, int unchangedPosts) =>
        new(newPosts, updatedPosts, unchangedPosts, null);

    /// <summary>The file cannot go in as it is (empty, binary, of no known format...): it is not tried again until it changes.</summary>
    public static ImportOutcome Rejected(string error) => new(0, 0, 0, error);

    /// <summary>This version was ingested (with <paramref name="posts"/> posts) or rejected (with <paramref name="error"/>) before, perhaps before a restart.</summary>
    public static ImportOutcome Known(int posts, string? error) => new(0, 0, posts, error) { AlreadyKnown = true };
}

/// <summary>
/// Ingests one file into the store and indexes the posts it changed; records a rejection in the store.
/// <paramref name="contentHash"/> (SHA-256, hex) is the version the caller read, when it could read it: a version the store already holds is not ingested again.
/// Returns <see cref="ImportOutcome.Rejected"/> for bad input; throws only for the unexpected (a transient failure: the file is tried again at the next scan).
/// </summary>
public delegate Task<ImportOutcome> ImportFile(string path, string? contentHash, CancellationToken ct);
