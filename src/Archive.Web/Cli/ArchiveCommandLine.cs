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
        Description = "Folder of the store, the index and the logs (default: Archive:DataDirectory, else ./.data)",
        Recursive = true,
    };

    /// <summary>Runs the verb <paramref name="args"/> name on a host from <paramref name="verbHost"/>, or the site through <paramref name="site"/>; a usage error, a bad setting or an unreadable store is one line on stderr and exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, VerbHost verbHost, SiteHost site)
    {
        // Unknown tokens go to the web host as configuration (--urls, --Archive:DemoData=false, and what test hosts pass).
        var root = new RootCommand("Archive: a self-hosted search for channel post archives.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(DataOption);
        root.Subcommands.Add(ServeCommand.Create(args, site));
        root.Subcommands.Add(IngestCommand.Create(verbHost));
        root.Subcommands.Add(ExportCommand.Create(verbHost));
        root.Subcommands.Add(HealthcheckCommand.Create());
        root.Subcommands.Add(SearchCommand.Create(verbHost));
        root.Subcommands.Add(ReindexCommand.Create(verbHost));
        root.Subcommands.Add(VerifyCommand.Create(verbHost));
        root.SetAction((parse, ct) => ServeCommand.RunAsync(args, parse, site, ct));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
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
