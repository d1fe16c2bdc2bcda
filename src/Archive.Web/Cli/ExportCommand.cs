using System.CommandLine;
using Archive.Storage;
using Archive.Storage.Export;
using Archive.Web.Hosting;

namespace Archive.Web.Cli;

/// <summary>"export --format jsonl|csv": every post of the store to stdout, in (channel, source file, index) order.</summary>
public static class ExportCommand
{
    private static readonly Option<string> Format = new("--format")
    {
        Description = "jsonl (one JSON object per line) or csv",
        HelpName = "jsonl|csv",
        DefaultValueFactory = _ => "jsonl",
    };

    static ExportCommand() => Format.AcceptOnlyFromAmong("jsonl", "csv");

    public static Command Create(VerbHost host)
    {
        var command = new Command("export", "Write every post of the store to standard output.");
        command.Options.Add(Format);
        command.SetAction((parse, ct) => RunAsync(parse, host, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        var format = parse.GetValue(Format) == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl;
        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        ArchiveOpener.RequireArchive(app.Services);
        // The store alone: an export neither reads nor needs the index.
        await ArchiveOpener.OpenStoreAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await using var stdout = Console.OpenStandardOutput();
        // Permalinks from the site's public URL; without one, paths (/posts/{id}) to put after the site's address.
        await new PostExporter(db, app.Services.GetRequiredService<ArchiveOptions>().PublicUrl).WriteAsync(stdout, format, ct);
        return ArchiveCommandLine.Ok;
    }
}
