using System.CommandLine;
using System.Diagnostics;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;

namespace Archive.Web.Cli;

/// <summary>"reindex": rebuilds the search index from the store.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store.");
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Build(parse, (s, o) => s.AddArchiveStore(o.StorePath).AddArchiveSearch(o.IndexPath));
        if (!await IndexCommands.CanWriteAsync(services.GetRequiredService<SearchIndex>(), "reindex", "stop it or reindex from there"))
        {
            return ArchiveCommandLine.SomeFailed;
        }
        // A batch job on a small machine: a background collector would take a core from the indexing threads.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveStore.MigrateAsync(db, ct);
        var clock = Stopwatch.StartNew();
        var count = await services.GetRequiredService<PostIndexer>().RebuildAsync(db, ct);
        await Console.Out.WriteLineAsync($"Reindexed {count} posts in {clock.ElapsedMilliseconds} ms.");
        return ArchiveCommandLine.Ok;
    }
}
