using System.CommandLine;
using System.Diagnostics;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Web.Hosting;

namespace Archive.Web.Cli;

/// <summary>"reindex": rebuilds the search index from the store.</summary>
public static class ReindexCommand
{
    public static Command Create(VerbHost host)
    {
        var command = new Command("reindex", "Rebuild the search index from the store.");
        command.SetAction((parse, ct) => RunAsync(parse, host, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        var services = app.Services;
        if (!await IndexCommands.CanWriteAsync(services.GetRequiredService<SearchIndex>(), "reindex", "stop it or reindex from there"))
        {
            return ArchiveCommandLine.SomeFailed;
        }
        // A batch job on a small machine: a background collector would take a core from the indexing threads.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        // The store alone: the index is rebuilt whatever state it is in.
        await ArchiveOpener.OpenStoreAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        // Before the rebuild, so that it carries the copies of posts stored before copy detection.
        await ArchiveOpener.BackfillCopiesAsync(services, db, ct);
        var clock = Stopwatch.StartNew();
        var count = await services.GetRequiredService<PostIndexer>().RebuildAsync(db, ct);
        await Console.Out.WriteLineAsync($"Reindexed {count} posts in {clock.ElapsedMilliseconds} ms.");
        return ArchiveCommandLine.Ok;
    }
}
