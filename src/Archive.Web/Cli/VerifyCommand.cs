using System.CommandLine;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Web.Hosting;

namespace Archive.Web.Cli;

/// <summary>"verify": checks the index's files and compares the store with the index; says what differs (exit 1 when anything does, damage included).</summary>
public static class VerifyCommand
{
    private const int ListAtMost = 20;

    public static Command Create(VerbHost host)
    {
        var command = new Command("verify", "Compare the store with the search index; exit 1 when they differ.");
        command.SetAction((parse, ct) => RunAsync(parse, host, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        var services = app.Services;
        ArchiveOpener.RequireArchive(services);
        // The store alone: the index is compared as it is, never rebuilt or caught up first, or it would always match.
        await ArchiveOpener.OpenStoreAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var differences = await services.GetRequiredService<IndexVerifier>().CompareAsync(db, ct);

        var output = Console.Out;
        if (differences.Damage is not null)
        {
            await output.WriteLineAsync($"Store: {differences.StorePosts} posts. The index is damaged: {differences.Damage}");
            await output.WriteLineAsync("Run \"reindex\" to rebuild it from the store (or delete the index folder; the next start rebuilds it).");
            return ArchiveCommandLine.SomeFailed;
        }
        await output.WriteLineAsync($"Store: {differences.StorePosts} posts. Index: {differences.IndexDocuments} documents.");
        if (differences.NotOfStore is not null)
        {
            await output.WriteLineAsync($"The index is not this store's: {differences.NotOfStore}. The next start rebuilds it.");
        }
        await List(output, "In the store but not in the index", differences.MissingFromIndex);
        await List(output, "In the index but not in the store", differences.NotInStore);
        await List(output, "Changed in the store since indexed", differences.Stale);
        if (differences.InStep)
        {
            await output.WriteLineAsync("The index matches the store.");
            return ArchiveCommandLine.Ok;
        }
        await output.WriteLineAsync("The index differs from the store; run \"reindex\" to rebuild it.");
        return ArchiveCommandLine.SomeFailed;
    }

    private static async Task List(TextWriter output, string title, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await output.WriteLineAsync($"{title}: {ids.Count}");
        foreach (var id in ids.Take(ListAtMost))
        {
            await output.WriteLineAsync($"  {id}");
        }
        if (ids.Count > ListAtMost)
        {
            await output.WriteLineAsync($"  ... and {ids.Count - ListAtMost} more");
        }
    }
}
