using System.CommandLine;
using Archive.Web.Api;
using Archive.Web.Feeds;
using Archive.Web.Health;
using Archive.Web.Hosting;
using Archive.Web.Security;

namespace Archive.Web.Cli;

/// <summary>"serve": runs the web site (the default when no verb is given). The table of contents of the app.</summary>
public static class ServeCommand
{
    public static Command Create(string[] args)
    {
        var command = new Command("serve", "Serve the web site (the default).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((parse, ct) => RunAsync(args, parse, ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, ParseResult parse, CancellationToken ct)
    {
        if (StrayWord(parse.UnmatchedTokens) is { } stray)
        {
            // Unknown "--key value" pairs are host settings; a bare word is a mistyped verb, not a reason to start a server.
            await Console.Error.WriteLineAsync($"archive: unknown command or argument '{stray}'. Run with --help for usage.");
            return ArchiveCommandLine.UsageError;
        }
        var app = Build(args.Where(a => a != "serve").ToArray(), parse.GetValue(ArchiveCommandLine.DataOption));
        await app.RunAsync(ct);
        return ArchiveCommandLine.Ok;
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

    /// <summary>The whole site: services, then the pipeline in order, then the endpoints.</summary>
    public static WebApplication Build(string[] args, string? dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (dataDirectory is not null)
        {
            builder.Configuration["Archive:DataDirectory"] = dataDirectory;
        }
        // A build run outside Development (dotnet run, benchmarks) finds wwwroot and its compressed copies through the
        // build's asset manifest; a published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var options = builder.AddArchiveWeb();

        var app = builder.Build();
        app.UseArchiveProxySupport(options);
        app.UseArchiveSecurityHeaders();
        app.UseArchiveRequestLogging();
        app.UseArchiveErrorPages();
        app.UseRateLimiter();
        app.UseSearchSlots();

        app.MapStaticAssets();
        app.MapRazorPages().TakeSearchSlot();
        app.MapArchiveApi();
        app.MapArchiveFeeds();
        app.MapArchiveHealth();
        app.MapOpenApi();
        return app;
    }
}
