using System.CommandLine;
using Archive.Web.Hosting;

namespace Archive.Web.Cli;

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

    public static async Task<int> RunAsync(string[] args)
    {
        // Unknown tokens go to the web host as configuration (--urls, --Archive:DemoData=false, and what test hosts pass).
        var root = new RootCommand("Archive: a self-hosted search for channel post archives.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(DataOption);
        root.Subcommands.Add(ServeCommand.Create(args));
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(HealthcheckCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.SetAction((parse, ct) => ServeCommand.RunAsync(args, parse, ct));

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
        catch (InvalidSettingsException e)
        {
            // A setting the user can fix: one line saying which, not a stack trace.
            await Console.Error.WriteLineAsync($"archive: {e.Message}");
            return UsageError;
        }
    }
}
