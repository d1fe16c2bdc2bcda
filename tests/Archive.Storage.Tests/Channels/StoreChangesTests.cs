namespace Archive.Storage.Tests.Channels;

/// <summary>The store's change counter a running site polls: quiet until another connection commits.</summary>
public sealed class StoreChangesTests
{
    [Fact]
    public async Task Changed_is_true_at_first_then_only_after_another_connection_commits()
    {
        await using var store = await TempStore.CreateAsync();
        using var changes = new StoreChanges(store.StorePath);

        Assert.True(changes.Changed(), "the first look has nothing to compare with");
        Assert.False(changes.Changed());
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "one"));
        Assert.True(changes.Changed(), "an ingest committed");
        Assert.False(changes.Changed());
    }
}
