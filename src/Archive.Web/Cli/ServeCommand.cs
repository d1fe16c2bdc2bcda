using System.CommandLine;

namespace Archive.Web.Cli;

/// <summary>"serve": runs the web site (the default when no verb is given).</summary>
public static class ServeCommand
{
    public static Command Create(string[] args)
    {
        var command = new Command("serve", "Serve the web site (the default).");
        command.SetAction((parse, ct) => RunAsync(args, parse, ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, ParseResult parse, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a != "serve").ToArray());
        var data = parse.GetValue(ArchiveCommandLine.DataOption);
        if (data is not null)
        {
            builder.Configuration["Archive:DataDirectory"] = data;
        }
        builder.Services.AddRazorPages();

        var app = builder.Build();
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        await app.RunAsync(ct);
        return ArchiveCommandLine.Ok;
    }
}
