using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Archive.Storage.Ingest;

/// <summary>
/// One SQL statement compiled once and run many times on the connection of a file's transaction, values bound straight into SQLite.
/// </summary>
/// <remarks>
/// <see cref="SqliteCommand"/> costs as much per execution as the insert itself: it looks every parameter up by name in
/// SQLite, boxes values and switches on their types, and builds a data reader for each run. Values are written here in the
/// text forms Microsoft.Data.Sqlite gives them, so EF reads them back as before.
/// </remarks>
internal sealed class PreparedStatement : IDisposable
{
    private const int SqliteRow = 100;
    private const int SqliteDone = 101;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _parameters = new(StringComparer.Ordinal);
    private byte[] _utf8 = new byte[4096];

    // A value stays bound until it is bound again (sqlite3_reset keeps bindings), so a moment bound with the value it
    // already has, such as the file's ingest time on every post, is neither formatted nor encoded again.
    private readonly (bool Known, DateTimeOffset? Value)[] _moments;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(_statement); i++)
        {
            _parameters[raw.sqlite3_bind_parameter_name(_statement, i).utf8_to_string()] = i;
        }
        _moments = new (bool, DateTimeOffset?)[_parameters.Count + 1];
    }

    public void Bind(string name, string? value)
    {
        var index = Other(name);
        // An empty span would reach SQLite as a null pointer, which binds NULL, not ''.
        var rc = value is null ? raw.sqlite3_bind_null(_statement, index)
            : value.Length == 0 ? raw.sqlite3_bind_text(_statement, index, "")
            : raw.sqlite3_bind_text(_statement, index, Utf8(value));
        Check(rc);
    }

    /// <summary>Binds text already encoded as UTF-8.</summary>
    public void BindUtf8(string name, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, Other(name), utf8));

    // Encoded here (vectorized) into one reused buffer: SQLite's own UTF-16 conversion is a slower loop, and a string
    // bound as a string is first copied into a new byte array. SQLite copies the bytes it is given (SQLITE_TRANSIENT).
    private ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }
        return _utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, _utf8));
    }

    public void Bind(string name, ReadOnlySpan<byte> blob) => Check(raw.sqlite3_bind_blob(_statement, Other(name), blob));

    public void Bind(string name, long value) => Check(raw.sqlite3_bind_int64(_statement, Other(name), value));

    public void Bind(string name, long? value)
    {
        if (value is { } number)
        {
            Bind(name, number);
        }
        else
        {
            Check(raw.sqlite3_bind_null(_statement, Other(name)));
        }
    }

    public void Bind(string name, bool value) => Bind(name, value ? 1L : 0L);

    public void Bind(string name, DateOnly? value) => BindFormatted(Other(name), value, @"yyyy\-MM\-dd");

    public void Bind(string name, DateTimeOffset? value)
    {
        var index = _parameters[name];
        if (_moments[index] is (true, var held) && held == value)
        {
            return;
        }
        BindFormatted(index, value, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz");
        _moments[index] = (true, value);
    }

    /// <summary>The index of a parameter about to get a value other than a moment: what it held is no longer known.</summary>
    private int Other(string name)
    {
        var index = _parameters[name];
        _moments[index] = default;
        return index;
    }

    private void BindFormatted<T>(int index, T? value, string format) where T : struct, ISpanFormattable
    {
        Span<char> text = stackalloc char[40];
        Check(value is { } present && present.TryFormat(text, out var written, format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text(_statement, index, Utf8(text[..written]))
            : raw.sqlite3_bind_null(_statement, index));
    }

    /// <summary>Runs the statement to its end.</summary>
    public void Execute() => Run(constraintIsAnAnswer: false);

    /// <summary>Runs the statement to its end; false when a unique key was taken, which changed nothing.</summary>
    public bool TryExecute() => Run(constraintIsAnAnswer: true);

    private bool Run(bool constraintIsAnAnswer)
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc is SqliteDone or SqliteRow)
            {
                return true;
            }
            // Only a unique key taken is an answer; any other broken constraint (a NULL where none may be) is an error,
            // or the caller would try other ids for ever.
            if (constraintIsAnAnswer && (rc & 0xff) == raw.SQLITE_CONSTRAINT
                && raw.sqlite3_extended_errcode(_db) is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
            {
                return false;
            }
            SqliteException.ThrowExceptionForRC(rc, _db);
            return false;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a statement that returns one integer (RETURNING Id); null when it returned no row.</summary>
    public long? ExecuteScalar()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == SqliteRow)
            {
                return raw.sqlite3_column_int64(_statement, 0);
            }
            if (rc != SqliteDone)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Each row of a query, read by <paramref name="read"/> while the row is current.</summary>
    public List<T> Query<T>(Func<PreparedStatement, T> read)
    {
        var rows = new List<T>();
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == SqliteRow)
            {
                rows.Add(read(this));
            }
            if (rc != SqliteDone)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
        return rows;
    }

    public string? Text(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public long Integer(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>A blob column's bytes, valid only while the row is current.</summary>
    public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(_statement, column);

    /// <summary>The rowid of the row the connection inserted last (right after <see cref="TryExecute"/> of an INSERT: this one's).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();
}
