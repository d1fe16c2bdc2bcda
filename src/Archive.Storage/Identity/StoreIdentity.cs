namespace Archive.Storage.Identity;

/// <summary>
/// The store's one identity row: a random id made once, by the migration that creates the store (or the first one that
/// finds a store without it), which the index records with each commit to tell its own store from another.
/// </summary>
public sealed class StoreIdentity
{
    public required string Id { get; init; }
}
