using Archive.Parsing;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Posts;

/// <summary>The shared post queries on a real store file, filled from the real sample dumps.</summary>
public sealed class PostQueriesTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static async Task<TempStore> SeededStoreAsync()
    {
        var store = await TempStore.CreateAsync();
        var ingester = store.Ingester(DumpReader.Default);
        foreach (var seed in Seeds)
        {
            await ingester.IngestFileAsync(seed);
        }
        return store;
    }

    [Fact]
    public async Task Summaries_count_the_posts_of_each_channel_in_each_language_as_their_rows_do()
    {
        await using var store = await SeededStoreAsync();
        await using var db = store.NewContext();
        var rows = await db.Posts.Select(p => new { p.ChannelId, p.Language, p.Published }).ToListAsync();
        var expected = rows.GroupBy(p => (p.ChannelId, p.Language))
            .Select(g => new PostSummary(g.Key.ChannelId, g.Key.Language, g.Count(), g.Count(p => p.Published is null), g.Min(p => p.Published), g.Max(p => p.Published)))
            .OrderBy(s => s.ChannelId).ThenBy(s => s.Language, StringComparer.Ordinal)
            .ToList();

        var summaries = (await db.Summaries().ToListAsync()).OrderBy(s => s.ChannelId).ThenBy(s => s.Language, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, summaries);
        Assert.Contains(summaries, s => s.Posts > 1 && s.First != s.Last);
        Assert.True(summaries.Select(s => s.Language).Distinct().Count() > 1, "the samples are in more than one language");
    }

    [Fact]
    public async Task Summaries_read_only_their_index_and_sort_nothing()
    {
        await using var store = await TempStore.CreateAsync();
        var plan = await PlanAsync(store.Db, store.Db.Summaries().ToQueryString(), []);

        // Reading the posts' rows instead grew with the archive (docs/benchmarks.md); so would a sort of the groups.
        Assert.Equal(["SCAN p USING COVERING INDEX IX_Posts_ChannelId_Language_Published"], plan);
    }

    [Fact]
    public async Task A_channels_summaries_are_the_archives_summaries_of_that_channel()
    {
        await using var store = await SeededStoreAsync();
        await using var db = store.NewContext();
        var all = await db.Summaries().ToListAsync();
        var channels = await db.Channels.Select(c => c.Id).ToListAsync();
        Assert.True(channels.Count > 1, "the samples fill more than one channel");
        foreach (var channel in channels)
        {
            var expected = all.Where(s => s.ChannelId == channel).OrderBy(s => s.Language, StringComparer.Ordinal);
            Assert.Equal(expected, (await db.Summaries(channel).ToListAsync()).OrderBy(s => s.Language, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_channels_summaries_seek_their_index_and_sort_nothing()
    {
        await using var store = await TempStore.CreateAsync();
        var commands = new CommandLog();
        await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>(ArchiveStore.Options(store.StorePath))
            .AddInterceptors(commands).Options);
        await db.Summaries(1).ToListAsync();

        var (sql, parameters) = Assert.Single(commands.Commands);
        var step = Assert.Single(await PlanAsync(db, sql, parameters));
        Assert.StartsWith("SEARCH p USING COVERING INDEX IX_Posts_ChannelId_Language_Published (ChannelId=?", step);
    }

    [Fact]
    public async Task Neighbours_follow_the_channel_across_its_files_in_the_order_they_came_in()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        // Another channel's file between the channel's files, so that file ids interleave.
        await ingester.IngestFileAsync(store.WriteFixture("a.txt", "A one", "A two"), "mfa");
        await ingester.IngestFileAsync(store.WriteFixture("x.txt", "X one", "X two"), "other");
        await ingester.IngestFileAsync(store.WriteFixture("b.txt", "B one"), "mfa");
        await ingester.IngestFileAsync(store.WriteFixture("c.txt", "C one", "C two", "C three"), "mfa");
        await using var db = store.NewContext();
        var posts = await db.Posts.AsNoTracking().ToListAsync();

        foreach (var channel in posts.GroupBy(p => p.ChannelId))
        {
            var ordered = channel.OrderBy(p => p.SourceFileId).ThenBy(p => p.SourceIndex).Select(p => p.Text).ToList();
            foreach (var post in channel)
            {
                var (previous, next) = await db.NeighboursAsync(post);
                var at = ordered.IndexOf(post.Text);
                Assert.Equal(at > 0 ? ordered[at - 1] : null, Text(previous));
                Assert.Equal(at < ordered.Count - 1 ? ordered[at + 1] : null, Text(next));
            }
        }
        Assert.Equal(["A one", "A two", "B one", "C one", "C two", "C three"],
            posts.Where(p => p.Text.StartsWith('A') || p.Text.StartsWith('B') || p.Text.StartsWith('C'))
                .OrderBy(p => p.SourceFileId).ThenBy(p => p.SourceIndex).Select(p => p.Text));

        string? Text(PostLink? link) => link is null ? null : posts.Single(p => p.Id == link.Id).Text;
    }

    [Fact]
    public async Task Neighbours_are_found_by_seeks_on_their_index()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "A one", "A two"), "mfa");
        await store.Ingester().IngestFileAsync(store.WriteFixture("b.txt", "B one"), "mfa");
        await store.Ingester().IngestFileAsync(store.WriteFixture("c.txt", "C one"), "mfa");
        var commands = new CommandLog();
        await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>(ArchiveStore.Options(store.StorePath))
            .AddInterceptors(commands).Options);
        var middle = await db.Posts.AsNoTracking().SingleAsync(p => p.Text == "B one");
        commands.Commands.Clear();

        await db.NeighboursAsync(middle);

        // "B one" is alone in its file: both neighbours are looked for there, then in the files around it.
        Assert.Equal(4, commands.Commands.Count);
        foreach (var (sql, parameters) in commands.Commands)
        {
            var plan = await PlanAsync(db, sql, parameters);
            // A scan of the channel's posts and a sort of them grew with the channel.
            var step = Assert.Single(plan);
            Assert.StartsWith("SEARCH p USING INDEX IX_Posts_ChannelId_SourceFileId_SourceIndex (ChannelId=? AND SourceFileId", step);
        }
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>, one step a line (EXPLAIN QUERY PLAN's detail column).</summary>
    private static async Task<List<string>> PlanAsync(ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = explain.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            explain.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }
        return plan;
    }

    /// <summary>The SQL and parameters of every query a context runs.</summary>
    private sealed class CommandLog : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
