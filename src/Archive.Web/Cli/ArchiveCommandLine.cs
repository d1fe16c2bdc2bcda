using System.CommandLine;
using Archive.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Archive.Web.Cli;

/// <summary>Builds the host a verb runs on, over the data folder given with --data (null: the configured one).</summary>
public delegate IHost VerbHost(string? dataDirectory);

/// <summary>Serves the site, with the arguments the web host reads and the data folder given with --data, until stopped.</summary>
public delegate Task<int> SiteHost(string[] args, string? dataDirectory, CancellationToken ct);

/// <summary>The verbs of the one executable; with none, it serves the site.</summary>
public static class ArchiveCommandLine
{
    /// <summary>Exit codes every verb shares.</summary>
    public const int Ok = 0, SomeFailed = 1, UsageError = 2;

    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Folder of the store, the index and the logs (default: Archive:DataDirectory, else .data in the current directory)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Runs the verb <paramref name="args"/> name on a host from <paramref name="verbHost"/>, or the site through <paramref name="site"/>; a usage error, a bad setting or an unreadable store is one line on stderr and exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, VerbHost verbHost, SiteHost site)
    {
        // Unknown tokens go to the web host as configuration (--urls, --Archive:DemoData=false, and what test hosts pass).
        var root = new RootCommand("Archive: a self-hosted search for channel post archives. With no command, it serves the site.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(DataOption);
        var help = new CommandHelp();
        help.Attach(root);
        help.Describe(root, ["", "--urls http://127.0.0.1:8080", "ingest ~/dumps", "search \"peace talks\" --from 2025-01-01"],
            usage: "[command] [options] [--key value (host settings)]");
        root.Subcommands.Add(help.Describe(ServeCommand.Create(args, site),
            ["serve --urls http://127.0.0.1:8080", "serve --data /srv/archive --Archive:DemoData=false"],
            usage: "[options] [--key value (host settings: --urls URL, --Archive:Name value)]"));
        root.Subcommands.Add(help.Describe(IngestCommand.Create(verbHost),
            ["ingest ~/dumps", "ingest june.txt july.txt --channel \"My channel\"", "ingest result.json --data /srv/archive"],
            usage: "<paths>... [options]"));
        root.Subcommands.Add(help.Describe(ExportCommand.Create(verbHost), ["export > posts.jsonl", "export --format csv > posts.csv"]));
        root.Subcommands.Add(help.Describe(HealthcheckCommand.Create(), ["healthcheck", "healthcheck --url http://127.0.0.1:8080/healthz"]));
        root.Subcommands.Add(help.Describe(SearchCommand.Create(verbHost),
            ["search \"peace talks\" --from 2025-01-01 --limit 5", "search --tag RussiaUS --sort newest", "search lavrov --channel \"Russian MFA\" --lang en", "search lavrov --all --format csv > hits.csv"]));
        root.Subcommands.Add(help.Describe(ChannelsCommand.Create(verbHost, help),
            ["channels", "channels --json", "channels rename \"Old name\" \"New name\"", "channels set-link \"New name\" https://t.me/USERNAME"]));
        root.Subcommands.Add(help.Describe(ReindexCommand.Create(verbHost), ["reindex", "reindex --data /srv/archive"]));
        root.Subcommands.Add(help.Describe(VerifyCommand.Create(verbHost), ["verify", "verify || archive reindex"]));
        root.SetAction((parse, ct) => ServeCommand.RunAsync(args, parse, site, ct));

        // No response files: a channel is often called by its @username, which must stay an argument, not name a file to read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        // "--help" answers even when the command's required arguments are missing (channels rename --help).
        if (parsed.Errors.Count > 0 && parsed.Action is not CommandHelp)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"archive: {error.Message}");
            }
            await Console.Error.WriteLineAsync("Run with --help for usage.");
            return UsageError;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (CannotStart(e) is { } message)
        {
            // A setting or a file the user can fix: one line saying which, not a stack trace.
            await Console.Error.WriteLineAsync($"archive: {message}");
            return UsageError;
        }
    }

    /// <summary>The one-line reason when <paramref name="e"/> is something the user can fix (also when the host wrapped it); null for the unexpected.</summary>
    private static string? CannotStart(Exception e) => e switch
    {
        CannotStartException cannot => cannot.Message,
        OptionsValidationException invalid => $"Invalid configuration: {string.Join("; ", invalid.Failures)}",
        AggregateException { InnerExceptions.Count: 1 } aggregate => CannotStart(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
