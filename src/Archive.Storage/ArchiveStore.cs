using Archive.Storage.Posts;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage;

/// <summary>Opening the store: the SQLite connection, migrations, WAL.</summary>
public static class ArchiveStore
{
    // Before any connection of the process opens (every one comes through here): SQLite takes settings like this one only
    // before it initializes. By default it counts every allocation under a global mutex, for sqlite3_memory_used, which
    // nothing here reads; an ingest's writer allocates per row, and that mutex showed in its CPU (docs/benchmarks.md). When SQLite was
    // initialized already (a connection opened elsewhere first), the call is refused and the default stays: no harm.
    static ArchiveStore()
    {
        SQLitePCL.Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    /// <summary>
    /// Registers <see cref="ArchiveDbContext"/> (a factory too) over the SQLite file at <paramref name="storePath"/>, and
    /// the one <see cref="PostTextReader"/> that searches read their hits' texts with.
    /// </summary>
    public static IServiceCollection AddArchiveStore(this IServiceCollection services, string storePath)
    {
        var connectionString = ConnectionString(storePath);
        // AddDbContextFactory registers the context itself as scoped too, so pages take the context and background work the factory.
        return services.AddDbContextFactory<ArchiveDbContext>(options => options.UseSqlite(connectionString))
            .AddSingleton<PostTextReader>();
    }

    /// <summary>Options for a context over the SQLite file at <paramref name="storePath"/>, for code that builds its own.</summary>
    public static DbContextOptions<ArchiveDbContext> Options(string storePath)
    {
        CreateFolderOf(storePath);
        return new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(ConnectionString(storePath)).Options;
    }

    /// <summary>Applies pending migrations (creating the store, and its folder, when there is none) and switches the file to WAL mode.</summary>
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        // Here rather than when the store is registered: a verb that finds no store must not leave a folder behind.
        CreateFolderOf(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        await db.Database.MigrateAsync(ct);
        // WAL lets the site read while an ingest writes; NORMAL is durable at each commit in WAL mode except on power loss.
        await db.Database.ExecuteSqlRawAsync(Sql.WriteAheadLog, ct);
        await db.Database.ExecuteSqlRawAsync(Sql.SynchronousNormal, ct);
    }

    private static void CreateFolderOf(string storePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(storePath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }

    internal static string ConnectionString(string storePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = storePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();

    internal static class Sql
    {
        public const string WriteAheadLog = "PRAGMA journal_mode=WAL;";
        public const string SynchronousNormal = "PRAGMA synchronous=NORMAL;";
    }
}

/// <summary>Lets `dotnet ef migrations add` build the context without the web app.</summary>
internal sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(ArchiveStore.Options(Path.Combine(Path.GetTempPath(), "archive-design.db")));
}
