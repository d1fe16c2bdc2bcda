using Archive.Parsing;
using Archive.Storage.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Storage.Tests;

/// <summary>A real SQLite store in a fresh temp folder, migrated, with a folder beside it for dump files.</summary>
public sealed class TempStore : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("archive-store-").FullName;
    public string StorePath => Path.Combine(Folder, "archive.db");
    public string Dumps => Directory.CreateDirectory(Path.Combine(Folder, "dumps")).FullName;

    public ArchiveDbContext Db { get; private set; } = null!;

    /// <summary>A store migrated to the latest migration, or only up to <paramref name="migration"/> (a store of an older version).</summary>
    public static async Task<TempStore> CreateAsync(string? migration = null)
    {
        var store = new TempStore();
        store.Db = store.NewContext();
        if (migration is null)
        {
            await ArchiveStore.MigrateAsync(store.Db);
        }
        else
        {
            await store.Db.GetService<IMigrator>().MigrateAsync(migration);
        }
        return store;
    }

    public ArchiveDbContext NewContext() => new(ArchiveStore.Options(StorePath));

    public DumpIngester Ingester(DumpReader? reader = null) =>
        new(Db, reader ?? FixtureFormat.Reader, new ParseOptions(), NullLogger<DumpIngester>.Instance);

    /// <summary>Writes a fixture dump of the given post blocks and returns its path.</summary>
    public string WriteFixture(string name, params string[] posts)
    {
        var path = Path.Combine(Dumps, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, FixtureFormat.Magic + "\n" + string.Join("\n===\n", posts) + "\n");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not a test failure.
        }
    }
}
