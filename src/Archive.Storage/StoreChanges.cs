using Microsoft.Data.Sqlite;

namespace Archive.Storage;

/// <summary>
/// Tells whether another connection (another process, or another part of this one) committed to the store since the
/// last look: SQLite's data_version on a connection of its own, which only ever reads that one number.
/// </summary>
public sealed class StoreChanges(string storePath) : IDisposable
{
    private SqliteConnection? _connection;
    private long? _seen;

    /// <summary>True at the first call, and after any commit of another connection since the one before.</summary>
    public bool Changed()
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(ArchiveStore.ConnectionString(storePath));
            _connection.Open();
        }
        using var command = _connection.CreateCommand();
        command.CommandText = Sql.DataVersion;
        var version = (long)command.ExecuteScalar()!;
        var changed = version != _seen;
        _seen = version;
        return changed;
    }

    public void Dispose() => _connection?.Dispose();

    internal static class Sql
    {
        public const string DataVersion = "PRAGMA data_version";
    }
}
