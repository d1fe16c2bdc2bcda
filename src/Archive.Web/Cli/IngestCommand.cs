using System.CommandLine;
using Archive.Parsing;
using Archive.Search;
using Archive.Storage.Ingest;
using Archive.Web.Hosting;
using Archive.Web.Ingest;
using Spectre.Console;

namespace Archive.Web.Cli;

/// <summary>"ingest PATH... [--channel NAME]": reads dumps into the store, one transaction per file, and prints a summary.</summary>
public static class IngestCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Dump files (each always tried) or folders (read recursively; only the files whose content is a known format)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> Channel = new("--channel")
    {
        Description = "Channel of the dumps (default: <file>.channel, else channel.txt in the folder, else the file name)",
        HelpName = "NAME",
    };

    public static Command Create(VerbHost host)
    {
        var command = new Command("ingest",
            "Read channel dumps, dated articles and Telegram exports into the store (one transaction per file), index what changed and print a summary. "
            + "Exit 0 when every file went in, 1 when some were rejected, 2 on a usage error.");
        command.Arguments.Add(Paths);
        command.Options.Add(Channel);
        command.SetAction((parse, ct) => RunAsync(parse, host, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        var paths = parse.GetValue(Paths) ?? [];
        if (paths.Length == 0)
        {
            await Console.Error.WriteLineAsync("archive ingest: give at least one file or folder. Run with --help for usage.");
            return ArchiveCommandLine.UsageError;
        }
        // The paths argument would swallow a mistyped option; an option-looking path that does not exist is a usage error.
        if (paths.FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p)) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"archive ingest: unknown option {unknown}. Run with --help for usage.");
            return ArchiveCommandLine.UsageError;
        }
        var channel = parse.GetValue(Channel);

        // An ingest is a batch job on a small machine: a background collector would take a core from the parser or the writer.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;

        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        var services = app.Services;
        if (!await IndexCommands.CanWriteAsync(services.GetRequiredService<SearchIndex>(), "ingest", InsteadOfIngesting(services.GetRequiredService<ArchiveOptions>())))
        {
            return ArchiveCommandLine.SomeFailed;
        }
        await ArchiveOpener.OpenAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var ingester = scope.ServiceProvider.GetRequiredService<ArchiveIngester>();

        // A rejection is logged by the ingester as one line naming the file ("Rejected {File}: {Reason}") on stderr.
        var found = IngestPaths.Find(paths, services.GetRequiredService<DumpReader>());
        var files = found.Files;
        IReadOnlyList<FileIngestResult> results = [];
        if (Console.IsOutputRedirected)
        {
            results = await ingester.IngestAsync(files, channel, progress: null, ct);
        }
        else
        {
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: files.Count);
                results = await ingester.IngestAsync(files, channel, file =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    task.Increment(1);
                }, ct);
            });
        }

        PrintSummary(results, found.NotDumps);
        return results.Any(r => r.Rejected) ? ArchiveCommandLine.SomeFailed : ArchiveCommandLine.Ok;
    }

    /// <summary>What to do when a running server holds the index: what the user can do with the settings the verb sees.</summary>
    internal static string InsteadOfIngesting(ArchiveOptions options) => options.LiveImportEnabled
        ? $"drop the files into its import folder ({options.ImportDirectory}) and it ingests them, or stop it first"
        : "stop it first and run ingest again, or restart it with an import folder (Archive__ImportDirectory) and drop the files there";

    private static void PrintSummary(IReadOnlyList<FileIngestResult> results, IReadOnlyList<string> notDumps)
    {
        var accepted = results.Where(r => !r.Rejected).ToList();
        var summary = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        summary.AddRow("files read", accepted.Count.ToString());
        summary.AddRow("files unchanged (skipped)", accepted.Count(r => r.Skipped).ToString());
        summary.AddRow("posts new", accepted.Sum(r => r.New).ToString());
        summary.AddRow("posts unchanged", accepted.Sum(r => r.Unchanged).ToString());
        summary.AddRow("posts updated", accepted.Sum(r => r.Updated).ToString());
        summary.AddRow("files rejected", results.Count(r => r.Rejected).ToString());
        summary.AddRow("files skipped (not dumps)", notDumps.Count.ToString());
        AnsiConsole.Write(summary);

        if (notDumps.Count > 0)
        {
            var table = new Table().AddColumn("skipped file (not a dump)");
            foreach (var path in notDumps)
            {
                table.AddRow(Markup.Escape(path));
            }
            AnsiConsole.Write(table);
        }

        // Unchanged, so nothing moved: the user asked for another channel than the one the posts are under. Unwrapped,
        // so the command can be copied.
        foreach (var result in results.Where(r => r.StoredUnder is not null))
        {
            Console.Out.WriteLine($"{result.Path} is stored under channel \"{result.StoredUnder!.Stored}\"; to rename: {result.StoredUnder.RenameCommand}");
        }

        var rejected = results.Where(r => r.Rejected).ToList();
        if (rejected.Count > 0)
        {
            var table = new Table().AddColumn("rejected file").AddColumn("reason");
            foreach (var result in rejected)
            {
                table.AddRow(Markup.Escape(result.Path), Markup.Escape(result.Error ?? ""));
            }
            AnsiConsole.Write(table);
        }
    }
}
