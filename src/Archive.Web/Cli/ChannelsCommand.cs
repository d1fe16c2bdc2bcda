using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Storage.Channels;
using Archive.Web.Hosting;
using Archive.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Archive.Web.Cli;

/// <summary>"channels": lists the channels; "channels rename OLD NEW" renames (or merges) one; "channels set-link NAME URL" sets its public link.</summary>
public static class ChannelsCommand
{
    private static readonly Option<bool> Json = new("--json") { Arity = ArgumentArity.Zero, Description = "Print the list as JSON instead of a table" };
    private static readonly Argument<string> Old = new("old") { Description = "The channel's name now (as \"archive channels\" lists it)", HelpName = "OLD" };
    private static readonly Argument<string> New = new("new") { Description = "Its new name; when another channel has it, the two are merged, every post kept once", HelpName = "NEW" };
    private static readonly Argument<string> Name = new("name") { Description = "The channel's name", HelpName = "NAME" };
    private static readonly Argument<string?> Link = new("link")
    {
        Description = "https://t.me/USERNAME or @USERNAME",
        HelpName = "URL",
        Arity = ArgumentArity.ZeroOrOne,
    };
    private static readonly Option<bool> Clear = new("--clear") { Arity = ArgumentArity.Zero, Description = "Remove the channel's link instead" };

    private static readonly JsonSerializerOptions JsonOutput = new()
    {
        WriteIndented = true,
        // Cyrillic and emoji names stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(VerbHost host, CommandHelp help)
    {
        var command = new Command("channels",
            "List the channels with their posts and date spans; rename or merge one; set its public Telegram link. "
            + "Exit 2 on a usage error or an unknown channel.");
        command.Options.Add(Json);
        command.SetAction((parse, ct) => Unmatched(parse) ?? ListAsync(parse, host, ct));

        var rename = new Command("rename",
            "Rename a channel; when NEW is another channel's name, merge into it, keeping every post once. "
            + "The search index follows: at once, or, while a server holds it, within seconds by the server.");
        rename.Arguments.Add(Old);
        rename.Arguments.Add(New);
        rename.SetAction((parse, ct) => Unmatched(parse) ?? RenameAsync(parse, host, ct));
        command.Subcommands.Add(help.Describe(rename,
            ["channels rename \"abad6c2d1bf5c3df\" \"Russian MFA\"", "channels rename @old_name \"New name\" --data /srv/archive"]));

        var setLink = new Command("set-link",
            "Set the channel's public link (https://t.me/USERNAME or @USERNAME): the channel and post pages then link to Telegram.");
        setLink.Arguments.Add(Name);
        setLink.Arguments.Add(Link);
        setLink.Options.Add(Clear);
        setLink.SetAction((parse, ct) => Unmatched(parse) ?? SetLinkAsync(parse, host, ct));
        command.Subcommands.Add(help.Describe(setLink,
            ["channels set-link \"Russian MFA\" https://t.me/MFARussia", "channels set-link \"Russian MFA\" --clear"],
            usage: "<NAME> (<URL> | --clear) [options]"));
        return command;
    }

    private static async Task<int> ListAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        await using var scope = await OpenStoreAsync(app.Services, ct);
        var channels = await ChannelList.ReadAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), ct);
        if (parse.GetValue(Json))
        {
            var rows = channels.Select(c => new
            {
                name = c.Name,
                link = c.Username is null ? null : ChannelLink.Address(c.Username),
                posts = c.Posts,
                undated = c.Undated,
                first = Date(c.First),
                last = Date(c.Last),
            });
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, JsonOutput));
            return ArchiveCommandLine.Ok;
        }
        if (channels.Count == 0)
        {
            await Console.Out.WriteLineAsync("The archive holds no channels yet.");
            return ArchiveCommandLine.Ok;
        }
        var table = new Table().AddColumn("channel").AddColumn("link").AddColumn(new TableColumn("posts").RightAligned())
            .AddColumn(new TableColumn("undated").RightAligned()).AddColumn("first").AddColumn("last");
        foreach (var c in channels)
        {
            table.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Username is null ? "" : ChannelLink.Address(c.Username)),
                c.Posts.ToString("N0", CultureInfo.InvariantCulture), c.Undated.ToString("N0", CultureInfo.InvariantCulture),
                Date(c.First) ?? "", Date(c.Last) ?? "");
        }
        if (Console.IsOutputRedirected)
        {
            // Into a file or a pipe the width is not a terminal's: no name wraps there.
            AnsiConsole.Profile.Width = 1000;
        }
        AnsiConsole.Write(table);
        return ArchiveCommandLine.Ok;
    }

    private static async Task<int> RenameAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        var (from, to) = (parse.GetValue(Old)!, parse.GetValue(New)!.Trim());
        if (to.Length == 0)
        {
            return await UsageAsync("rename", "the new name is empty.");
        }

        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        var services = app.Services;
        ArchiveOpener.RequireArchive(services);
        // A running server holds the index: then only the store changes here, and the server re-indexes the posts.
        var index = services.GetRequiredService<SearchIndex>();
        if (index.IsWritable)
        {
            await ArchiveOpener.OpenAsync(services, ct);
        }
        else
        {
            await ArchiveOpener.OpenStoreAsync(services, ct);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var rename = await new ChannelRenamer(db).RenameAsync(from, to, ct);
        if (rename is null)
        {
            return await UnknownAsync("rename", db, from, ct);
        }

        var output = Console.Out;
        if (rename.Merged)
        {
            var dropped = rename.Duplicates > 0 ? $", {Counts.Of(rename.Duplicates, "post")} dropped as copies of posts it had" : "";
            await output.WriteLineAsync($"Merged channel \"{from}\" into \"{to}\": {Counts.Of(rename.Moved, "post")} moved{dropped}.");
        }
        else
        {
            await output.WriteLineAsync($"Renamed channel \"{from}\" to \"{to}\" ({Counts.Of(rename.Moved, "post")}).");
        }
        if (index.IsWritable)
        {
            await services.GetRequiredService<PostIndexer>().IndexRenamedChannelsAsync(db, ct);
        }
        else
        {
            await output.WriteLineAsync($"The index at {index.Path} is held by a running server; it re-indexes the posts within seconds.");
        }
        return ArchiveCommandLine.Ok;
    }

    private static async Task<int> SetLinkAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        var (name, link, clear) = (parse.GetValue(Name)!, parse.GetValue(Link), parse.GetValue(Clear));
        if (clear == (link is not null))
        {
            return await UsageAsync("set-link", "give the link (https://t.me/USERNAME or @USERNAME) or --clear, one of the two.");
        }
        string? username = null;
        if (link is not null && (username = ChannelLink.UsernameOf(link)) is null)
        {
            return await UsageAsync("set-link", $"'{link}' is not a channel's public link: give {ChannelLink.Forms}.");
        }

        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        await using var scope = await OpenStoreAsync(app.Services, ct);
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        if (!await ChannelLink.SetAsync(db, name, username, ct))
        {
            return await UnknownAsync("set-link", db, name, ct);
        }
        await Console.Out.WriteLineAsync(username is null
            ? $"Channel \"{name}\" has no link now."
            : $"Channel \"{name}\" links to {ChannelLink.Address(username)}.");
        return ArchiveCommandLine.Ok;
    }

    /// <summary>
    /// A usage error for a token no option or argument took (the root passes unknown tokens on, for the web host's
    /// settings): a mistyped option must not run the verb as if it were not there.
    /// </summary>
    private static Task<int>? Unmatched(ParseResult parse) => parse.UnmatchedTokens.Count == 0
        ? null
        : UsageAsync(parse.CommandResult.Command.Name == "channels" ? "" : parse.CommandResult.Command.Name,
            $"unknown option or argument '{parse.UnmatchedTokens[0]}'.");

    /// <summary>The store opened (a missing archive stops with "no archive at DIR", creating nothing), and a scope to read it in.</summary>
    private static async Task<AsyncServiceScope> OpenStoreAsync(IServiceProvider services, CancellationToken ct)
    {
        ArchiveOpener.RequireArchive(services);
        await ArchiveOpener.OpenStoreAsync(services, ct);
        return services.CreateAsyncScope();
    }

    private static async Task<int> UsageAsync(string verb, string problem)
    {
        await Console.Error.WriteLineAsync($"archive channels{(verb.Length > 0 ? " " + verb : "")}: {problem} Run with --help for usage.");
        return ArchiveCommandLine.UsageError;
    }

    private static async Task<int> UnknownAsync(string verb, ArchiveDbContext db, string name, CancellationToken ct)
    {
        var names = await db.Channels.AsNoTracking().Select(c => c.Name).ToListAsync(ct);
        var near = NearNames(name, names);
        var hint = near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => $"\"{n}\""))}?" : "";
        await Console.Error.WriteLineAsync($"archive channels {verb}: no channel is named \"{name}\".{hint} Run \"archive channels\" for the list.");
        return ArchiveCommandLine.UsageError;
    }

    /// <summary>The names (at most three) that differ from <paramref name="name"/> only in case, contain it or are contained in it, or are a few edits away.</summary>
    internal static IReadOnlyList<string> NearNames(string name, IEnumerable<string> names)
    {
        var wanted = name.Trim();
        return names
            .Select(n => (Name: n, Distance: Distance(wanted.ToUpperInvariant(), n.ToUpperInvariant())))
            .Where(n => n.Distance <= Math.Max(2, wanted.Length / 4)
                || (wanted.Length >= 3 && (n.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase) || wanted.Contains(n.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(3).Select(n => n.Name).ToList();
    }

    /// <summary>Levenshtein distance: edits (insert, delete, replace a character) from <paramref name="a"/> to <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
