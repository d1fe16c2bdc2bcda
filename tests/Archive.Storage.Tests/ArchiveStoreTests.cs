using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests;

public sealed class ArchiveStoreTests
{
    [Fact]
    public async Task Migrations_create_every_table_of_the_store()
    {
        await using var store = await TempStore.CreateAsync();

        var tables = await store.Db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();

        foreach (var table in new[] { "Posts", "Channels", "Hashtags", "PostHashtags", "Reactions", "MentionedDates", "SourceFiles" })
        {
            Assert.True(tables.Contains(table), $"table {table} missing; found {string.Join(", ", tables)}");
        }
        Assert.Empty(await store.Db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await store.Db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SQLite_keeps_no_memory_statistics_once_a_store_is_open()
    {
        await using var store = await TempStore.CreateAsync();

        Assert.Equal(0, await store.Db.Posts.CountAsync());

        // With statistics on, a connection with its schema loaded has allocated a good deal; with them off, it reads 0.
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }

    [Fact]
    public async Task The_store_file_is_in_WAL_mode_for_a_fresh_connection()
    {
        await using var store = await TempStore.CreateAsync();

        await using var connection = new SqliteConnection($"Data Source={store.StorePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        await using var store = await TempStore.CreateAsync();
        await using var again = store.NewContext();

        await ArchiveStore.MigrateAsync(again);

        Assert.Empty(await again.Database.GetPendingMigrationsAsync());
    }
}

public sealed class ArchiveStoreRegistrationTests
{
    [Fact]
    public async Task AddArchiveStore_registers_a_scoped_context_and_a_factory_over_the_given_file()
    {
        var folder = Directory.CreateTempSubdirectory("archive-di-").FullName;
        var storePath = Path.Combine(folder, "nested", "archive.db");
        var services = new ServiceCollection().AddArchiveStore(storePath);
        await using var provider = services.BuildServiceProvider();

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            await ArchiveStore.MigrateAsync(db);
        }
        var factory = provider.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using var fromFactory = await factory.CreateDbContextAsync();

        Assert.True(File.Exists(storePath), "the store file should be created at the given path");
        Assert.Equal(0, await fromFactory.Posts.CountAsync());
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
