using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Archive.Storage.Tests;

/// <summary>
/// Every hand-written statement in Archive.Storage (each <c>const string</c> of a nested class named <c>Sql</c>) checked
/// against a store migrated from the EF model: it compiles (every table and column it names exists), and each table it
/// reads is read through a key or an index the model declares. A migration that renames a column or drops an index a
/// statement leans on fails here, naming the statement.
/// </summary>
public sealed class StoreStatementsTests(StoreStatementsTests.MigratedStore store) : IClassFixture<StoreStatementsTests.MigratedStore>
{
    private static readonly Assembly Storage = typeof(ArchiveDbContext).Assembly;

    // Statements that read no table, so have no plan to check: transactions and settings.
    private static readonly string[] Unplanned = ["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA"];

    private static readonly string[] SqlStarts = ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", .. Unplanned];

    /// <summary>Each statement by its name, such as <c>PostTextReader.Sql.TextById</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Statements = Storage.GetTypes()
        .Where(t => t.Name == "Sql")
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Name: $"{t.DeclaringType?.Name}.Sql.{f.Name}", Sql: (string)f.GetRawConstantValue()!)))
        .ToDictionary(s => s.Name, s => s.Sql, StringComparer.Ordinal);

    public static TheoryData<string> StatementNames => [.. Statements.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Storage_holds_its_statements_in_nested_Sql_classes_and_this_test_finds_them()
    {
        // Nine when this test was written: PostsForIndexing's six, PostTextReader's one, ArchiveStore's two pragmas.
        // Fewer means the convention broke somewhere and this test would check nothing.
        Assert.True(Statements.Count >= 9, $"found {Statements.Count} statements: {string.Join(", ", Statements.Keys)}");
        foreach (var type in Storage.GetTypes().Where(t => t.Name == "Sql"))
        {
            Assert.True(type is { IsNested: true, IsAbstract: true, IsSealed: true },
                $"{type.FullName} must be a static class nested in the type that runs its statements");
        }
    }

    [Fact]
    public void No_string_constant_outside_a_Sql_class_is_a_statement()
    {
        var strays = Storage.GetTypes().Where(t => t.Name != "Sql")
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && LooksLikeSql((string)f.GetRawConstantValue()!))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();

        Assert.True(strays.Count == 0, $"SQL outside a nested Sql class: {string.Join(", ", strays)}");
    }

    [Fact]
    public async Task The_store_the_statements_are_checked_against_is_the_EF_models()
    {
        await using var db = store.Store.NewContext();

        // Then a column or table a statement names exists in the model too, not only in some migration.
        Assert.False(db.Database.HasPendingModelChanges(), "the migrations do not build the model's schema: add a migration");
    }

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Statement_compiles_against_the_store(string name)
    {
        var handle = store.Connection.Handle!;
        var sql = Statements[name];
        // Compiling resolves every table and column it names; nothing runs, so DML and transactions are safe to check.
        while (!string.IsNullOrWhiteSpace(sql))
        {
            var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement, out var tail);
            using (statement)
            {
                Assert.True(rc == raw.SQLITE_OK, $"{name} does not compile against the store migrated from the EF model: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
            }
            sql = tail;
        }
    }

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Statement_reads_each_table_through_a_key_or_index_the_model_declares(string name)
    {
        var sql = Statements[name];
        if (Unplanned.Contains(FirstWord(sql), StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var step in Plan(name, sql))
        {
            // "SEARCH p USING INDEX IX_Posts_Id (Id=?)", "SCAN p USING COVERING INDEX ...", "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)".
            if (!step.StartsWith("SEARCH ", StringComparison.Ordinal) && !step.StartsWith("SCAN ", StringComparison.Ordinal)
                || step.StartsWith("SCAN CONSTANT ROW", StringComparison.Ordinal) || step.Contains(" VIRTUAL TABLE", StringComparison.Ordinal))
            {
                continue; // a temp b-tree for ORDER BY, a subquery's heading, a table-valued function
            }
            if (step.Contains(" USING INTEGER PRIMARY KEY", StringComparison.Ordinal) || step.Contains(" USING PRIMARY KEY", StringComparison.Ordinal))
            {
                continue;
            }
            var index = IndexIn(step);
            Assert.True(index is not null && !step.Contains(" AUTOMATIC ", StringComparison.Ordinal),
                $"{name} reads a whole table or an index it builds itself: \"{step}\". Declare the index it needs in ArchiveDbContext.");
            Assert.True(store.DeclaredIndexes.Contains(index),
                $"{name} reads through {index}, which the EF model does not declare (\"{step}\"); declared: {string.Join(", ", store.DeclaredIndexes.Order())}");
        }
    }

    private List<string> Plan(string name, string sql)
    {
        var handle = store.Connection.Handle!;
        // Unbound parameters are NULL to SQLite, and a plan is made when the statement compiles, not when it runs.
        var rc = raw.sqlite3_prepare_v2(handle, "EXPLAIN QUERY PLAN " + sql, out var explain);
        using (explain)
        {
            Assert.True(rc == raw.SQLITE_OK, $"{name} has no query plan: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
            var steps = new List<string>();
            while (raw.sqlite3_step(explain) == raw.SQLITE_ROW)
            {
                steps.Add(raw.sqlite3_column_text(explain, 3).utf8_to_string());
            }
            return steps;
        }
    }

    /// <summary>The index a plan step names after "USING INDEX" or "USING COVERING INDEX"; null when it names none.</summary>
    private static string? IndexIn(string step)
    {
        foreach (var marker in (string[])[" USING COVERING INDEX ", " USING INDEX "])
        {
            var at = step.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var name = step[(at + marker.Length)..];
                var end = name.IndexOf(' ');
                return end < 0 ? name : name[..end];
            }
        }
        return null;
    }

    private static string FirstWord(string sql)
    {
        var trimmed = sql.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\n', '\r', '\t', ';']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static bool LooksLikeSql(string value) =>
        SqlStarts.Contains(FirstWord(value), StringComparer.Ordinal) && value.TrimStart().Contains(' ');

    /// <summary>A store migrated from the EF model, an open connection to it, and the names of the indexes the model declares.</summary>
    public sealed class MigratedStore : IAsyncLifetime
    {
        public TempStore Store { get; private set; } = null!;
        public SqliteConnection Connection { get; private set; } = null!;

        /// <summary>
        /// The model's indexes by name, and the indexes SQLite makes for the model's keys (sqlite_autoindex_*), which
        /// carry no name of the model's: each counts when its columns are a key the model declares on its table.
        /// </summary>
        public HashSet<string> DeclaredIndexes { get; } = new(StringComparer.Ordinal);

        public async Task InitializeAsync()
        {
            Store = await TempStore.CreateAsync();
            Connection = new SqliteConnection($"Data Source={Store.StorePath}");
            Connection.Open();

            var model = Store.Db.Model;
            foreach (var entity in model.GetEntityTypes())
            {
                foreach (var index in entity.GetIndexes())
                {
                    DeclaredIndexes.Add(index.GetDatabaseName()!);
                }
            }
            var keys = model.GetEntityTypes()
                .SelectMany(e => e.GetKeys().Select(k => (Table: e.GetTableName()!, Columns: string.Join(",", k.Properties.Select(p => p.GetColumnName())))))
                .ToHashSet();
            foreach (var (index, table) in Query("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'sqlite_autoindex_%'"))
            {
                var columns = string.Join(",", Query($"SELECT name, name FROM pragma_index_info('{index}') ORDER BY seqno").Select(c => c.Item1));
                if (keys.Contains((table, columns)))
                {
                    DeclaredIndexes.Add(index);
                }
            }
        }

        private List<(string, string)> Query(string sql)
        {
            using var command = Connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<(string, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }
            return rows;
        }

        public async Task DisposeAsync()
        {
            await Connection.DisposeAsync();
            await Store.DisposeAsync();
        }
    }
}
