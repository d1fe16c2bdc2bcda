using System.CommandLine;

namespace Archive.Web.Cli;

/// <summary>"serve": runs the web site (the default when no verb is given); the site itself is put together in Program.cs.</summary>
public static class ServeCommand
{
    public static Command Create(string[] args, SiteHost site)
    {
        var command = new Command("serve", "Serve the web site (the default).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((parse, ct) => RunAsync(args, parse, site, ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, ParseResult parse, SiteHost site, CancellationToken ct)
    {
        if (StrayWord(parse.UnmatchedTokens) is { } stray)
        {
            // Unknown "--key value" pairs are host settings; a bare word is a mistyped verb, not a reason to start a server.
            await Console.Error.WriteLineAsync($"archive: unknown command or argument '{stray}'. Run with --help for usage.");
            return ArchiveCommandLine.UsageError;
        }
        return await site(args.Where(a => a != "serve").ToArray(), parse.GetValue(ArchiveCommandLine.DataOption), ct);
    }

    private static string? StrayWord(IReadOnlyList<string> unmatched)
    {
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (token.StartsWith('-'))
            {
                continue;
            }
            var previous = i > 0 ? unmatched[i - 1] : null;
            if (previous is null || !previous.StartsWith("--", StringComparison.Ordinal) || previous.Contains('='))
            {
                return token;
            }
        }
        return null;
    }
}
