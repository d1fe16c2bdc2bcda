using System.CommandLine;
using Archive.Storage;
using Archive.Storage.Export;

namespace Archive.Web.Cli;

/// <summary>"export --format jsonl|csv": every post of the store to stdout, in (channel, source file, index) order.</summary>
public static class ExportCommand
{
    private static readonly Option<string> Format = new("--format")
    {
        Description = "jsonl (one JSON object per line) or csv",
        DefaultValueFactory = _ => "jsonl",
    };

    static ExportCommand() => Format.AcceptOnlyFromAmong("jsonl", "csv");

    public static Command Create()
    {
        var command = new Command("export", "Write every post of the store to standard output.");
        command.Options.Add(Format);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var format = parse.GetValue(Format) == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl;
        await using var services = CliServices.Build(parse, (s, options) => s.AddArchiveStore(options.StorePath));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveStore.MigrateAsync(db, ct);
        await using var stdout = Console.OpenStandardOutput();
        await new PostExporter(db).WriteAsync(stdout, format, ct);
        return ArchiveCommandLine.Ok;
    }
}
