namespace Archive.Storage.Copies;

/// <summary>
/// One post that carries the same or nearly the same text as another (a copy, found at ingest). Kept both ways round,
/// so a post's copies are one seek on the key, whichever of the two came first.
/// </summary>
public sealed class PostCopy
{
    public long PostKey { get; set; }
    public long CopyKey { get; set; }
}

/// <summary>A post's <see cref="CopySignature"/>, kept so that later ingests can find its copies; posts too short have none.</summary>
public sealed class PostSignature
{
    public long PostKey { get; set; }
    public required byte[] Signature { get; set; }
}

/// <summary>
/// The one row that says the copies of posts stored before copy detection are still to be found (<see cref="CopyBackfill"/>),
/// and how far that went; there is no row when nothing is pending.
/// </summary>
public sealed class PendingCopyBackfill
{
    public int Id { get; set; }

    /// <summary>The key of the last post done: the backfill goes on after it.</summary>
    public long AfterKey { get; set; }
}
