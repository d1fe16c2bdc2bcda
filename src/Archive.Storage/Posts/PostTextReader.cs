using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Posts;

/// <summary>
/// Reads the texts of a page of search hits by id: the index keeps no copy of a post's text, so snippets and related
/// posts start from the store's.
/// </summary>
/// <remarks>
/// Storing the text in the index cost every rebuild CPU (LZ4 over every post, and the copies to get there) and held
/// much of the index's bytes, for reading back ten texts a page (docs/benchmarks.md). Every search reads them, so each
/// lookup is a statement prepared once on a connection kept open, a point read on the id's unique index; a context
/// and a statement made per search cost the page more than the stored copy did. Thread-safe: a search takes a
/// connection of its own from the idle ones (as many as searches ever ran at once) and gives it back.
/// </remarks>
public sealed class PostTextReader(IDbContextFactory<ArchiveDbContext> contexts) : IDisposable
{
    private readonly ConcurrentBag<Lookup> _idle = [];
    private string? _connectionString;

    /// <summary>Id → text of those of <paramref name="ids"/> the store holds.</summary>
    public IReadOnlyDictionary<string, string> TextsOf(IReadOnlyList<string> ids)
    {
        var texts = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return texts;
        }
        if (!_idle.TryTake(out var lookup))
        {
            lookup = new Lookup(_connectionString ??= ConnectionString());
        }
        try
        {
            foreach (var id in ids)
            {
                if (lookup.Text(id) is { } text)
                {
                    texts[id] = text;
                }
            }
        }
        catch
        {
            lookup.Dispose();
            throw;
        }
        _idle.Add(lookup);
        return texts;
    }

    private string ConnectionString()
    {
        using var db = contexts.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var lookup))
        {
            lookup.Dispose();
        }
    }

    /// <summary>An open connection with the text query prepared on it.</summary>
    private sealed class Lookup : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _id;

        public Lookup(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = Sql.TextById;
            _id = _command.Parameters.Add("$id", SqliteType.Text);
            _id.Value = "";
            _command.Prepare();
        }

        public string? Text(string id)
        {
            _id.Value = id;
            using var reader = _command.ExecuteReader();
            return reader.Read() ? reader.GetString(0) : null;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }

    internal static class Sql
    {
        public const string TextById = """SELECT "Text" FROM "Posts" WHERE "Id" = $id""";
    }
}
