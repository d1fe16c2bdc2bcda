using Archive.Storage.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Archive.Storage.Tests.Identity;

/// <summary>A store gets one random identity when it is made (or first migrated), and keeps it.</summary>
public sealed class StoreIdentityTests
{
    [Fact]
    public async Task A_new_store_has_one_identity_and_keeps_it_across_reopening_and_migrating_again()
    {
        await using var store = await TempStore.CreateAsync();
        var first = await StoreStamp.ReadAsync(store.Db);

        await using (var again = store.NewContext())
        {
            await ArchiveStore.MigrateAsync(again);
            Assert.Equal(first.StoreId, (await StoreStamp.ReadAsync(again)).StoreId);
            Assert.Equal(1, await again.StoreIdentity.CountAsync());
        }
        Assert.Matches("^[0-9a-f]{32}$", first.StoreId);
        Assert.Equal(0, first.HighestPostKey);
    }

    [Fact]
    public async Task Two_stores_have_different_identities()
    {
        await using var one = await TempStore.CreateAsync();
        await using var other = await TempStore.CreateAsync();

        Assert.NotEqual((await StoreStamp.ReadAsync(one.Db)).StoreId, (await StoreStamp.ReadAsync(other.Db)).StoreId);
    }

    [Fact]
    public async Task The_stamp_holds_the_highest_post_key()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "first post", "second post"));

        var stamp = await StoreStamp.ReadAsync(store.Db);

        Assert.Equal(await store.Db.Posts.MaxAsync(p => p.Key), stamp.HighestPostKey);
        Assert.True(stamp.HighestPostKey >= 2, $"highest key {stamp.HighestPostKey} for two posts");
    }

    [Fact]
    public async Task An_existing_store_gets_an_identity_when_migrated()
    {
        var folder = Directory.CreateTempSubdirectory("archive-migration-").FullName;
        var path = Path.Combine(folder, "archive.db");
        try
        {
            await using (var old = new ArchiveDbContext(ArchiveStore.Options(path)))
            {
                await old.GetService<IMigrator>().MigrateAsync("20261206051500_PublishedRanges");
            }
            await using var db = new ArchiveDbContext(ArchiveStore.Options(path));
            await ArchiveStore.MigrateAsync(db);

            Assert.Matches("^[0-9a-f]{32}$", (await StoreStamp.ReadAsync(db)).StoreId);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
