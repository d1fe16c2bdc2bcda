using Archive.Storage.Ingest;
using Microsoft.Data.Sqlite;

namespace Archive.Storage.Tests.Ingest;

public sealed class PreparedStatementTests
{
    // A moment bound again with the value it holds is skipped (bindings outlive each run): the skip must notice any other
    // value bound in between, or rows would get a stale value.
    [Fact]
    public void A_moment_bound_again_is_stored_again_after_another_value_took_its_place()
    {
        using var connection = InMemoryTable("n INTEGER, v TEXT");
        var moment = new DateTimeOffset(2026, 11, 29, 19, 0, 0, TimeSpan.FromHours(3));
        using (var insert = new PreparedStatement(connection, "INSERT INTO t (n, v) VALUES ($n, $v)"))
        {
            void Row(long n, Action<PreparedStatement> bind)
            {
                insert.Bind("$n", n);
                bind(insert);
                insert.Execute();
            }
            Row(1, s => s.Bind("$v", moment));
            Row(2, s => s.Bind("$v", moment));
            Row(3, s => s.Bind("$v", "text"));
            Row(4, s => s.Bind("$v", moment));
            Row(5, s => s.Bind("$v", (long?)null));
            Row(6, s => s.Bind("$v", moment));
            Row(7, s => s.Bind("$v", (DateTimeOffset?)null));
            Row(8, s => s.Bind("$v", moment.AddSeconds(1)));
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT coalesce(v, 'NULL') FROM t ORDER BY n";
        using var rows = read.ExecuteReader();
        var values = new List<string>();
        while (rows.Read())
        {
            values.Add(rows.GetString(0));
        }
        var stored = "2026-11-29 19:00:00+03:00";
        Assert.Equal([stored, stored, "text", stored, "NULL", stored, "NULL", "2026-11-29 19:00:01+03:00"], values);
    }

    // The ingest tries the next id while TryExecute says the key is taken: any other broken constraint must throw,
    // or it would try for ever.
    [Fact]
    public void Only_a_taken_unique_key_is_an_answer_other_broken_constraints_throw()
    {
        using var connection = InMemoryTable("id TEXT NOT NULL UNIQUE, v TEXT NOT NULL");
        using var insert = new PreparedStatement(connection, "INSERT INTO t (id, v) VALUES ($id, $v)");
        insert.Bind("$id", "a");
        insert.Bind("$v", "x");
        Assert.True(insert.TryExecute());

        Assert.False(insert.TryExecute()); // "a" again: taken

        insert.Bind("$id", "b");
        insert.Bind("$v", (string?)null);
        var error = Assert.Throws<SqliteException>(() => insert.TryExecute());
        Assert.Contains("NOT NULL", error.Message);
    }

    private static SqliteConnection InMemoryTable(string columns)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = $"CREATE TABLE t ({columns})";
        create.ExecuteNonQuery();
        return connection;
    }
}
