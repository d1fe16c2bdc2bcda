using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage;

/// <summary>Opening the store: the SQLite connection, migrations, WAL.</summary>
public static class ArchiveStore
{
    /// <summary>Registers <see cref="ArchiveDbContext"/> (a factory too) over the SQLite file at <paramref name="storePath"/>.</summary>
    public static IServiceCollection AddArchiveStore(this IServiceCollection services, string storePath) =>
        throw new NotImplementedException("The storage branch fills this in.");

    /// <summary>Applies pending migrations and switches the file to WAL mode.</summary>
    public static Task MigrateAsync(ArchiveDbContext db, CancellationToken ct = default) =>
        throw new NotImplementedException("The storage branch fills this in.");
}
