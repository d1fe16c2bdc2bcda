using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Search;
using Archive.Search.Querying;
using Archive.Web.Api;
using Archive.Web.Hosting;
using Archive.Web.Searching;
using Microsoft.Extensions.Primitives;

namespace Archive.Web.Cli;

/// <summary>"search QUERY": runs one search against the index and prints it as JSON.</summary>
public static class SearchCommand
{
    private static readonly Argument<string[]> QueryArgument = new("query")
    {
        Description = "Words, \"phrases\", OR, -excluded, prefix*; empty lists everything",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private static readonly Option<string?> FromOption = new("--from") { HelpName = "YYYY-MM-DD", Description = "Published on or after YYYY-MM-DD" };
    private static readonly Option<string?> ToOption = new("--to") { HelpName = "YYYY-MM-DD", Description = "Published on or before YYYY-MM-DD" };
    private static readonly Option<string[]> TagOption = new("--tag") { HelpName = "TAG", Description = "Hashtag (with or without #, any case); repeat for all of several" };
    private static readonly Option<string[]> ChannelOption = new("--channel") { HelpName = "NAME", Description = "Channel name; repeat for any of several" };
    private static readonly Option<string?> ForwardedFromOption = new("--forwarded-from") { HelpName = "NAME", Description = "Only posts forwarded from NAME (as a post names its source)" };
    private static readonly Option<string[]> LangOption = new("--lang") { HelpName = "CODE", Description = "en, ru or mixed; repeat for any of several" };
    private static readonly Option<string?> CopiesOption = new("--copies") { HelpName = "yes|no", Description = "Only posts with copies in the archive (yes), or only posts without (no)" };
    private static readonly Option<bool> DatedOnlyOption = new("--dated-only") { Description = "Only posts whose date is stated, not inferred from neighbours" };
    private static readonly Option<string?> SortOption = new("--sort") { HelpName = "ORDER", Description = "relevance (default), newest, oldest, reactions" };
    private static readonly Option<int> LimitOption = new("--limit") { HelpName = "N", Description = "How many hits (1-100)", DefaultValueFactory = _ => 10 };
    private static readonly Option<bool> AllOption = new("--all") { Description = "Write every hit (as --format says) instead of one page of JSON" };
    private static readonly Option<string?> FormatOption = new("--format") { HelpName = "csv|jsonl", Description = "With --all: csv or jsonl (default), the columns of the site's downloads" };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Cyrillic and emoji stay readable (the snippet is plain text, for a terminal or a script, not for a page).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(VerbHost host)
    {
        var command = new Command("search", "Search the archive and print the hits and facets as JSON.");
        command.Arguments.Add(QueryArgument);
        foreach (var option in new Option[] { FromOption, ToOption, TagOption, ChannelOption, ForwardedFromOption, LangOption, CopiesOption, DatedOnlyOption, SortOption, LimitOption, AllOption, FormatOption })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, ct) => RunAsync(parse, host, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, VerbHost host, CancellationToken ct)
    {
        if (!TryReadRequest(parse, out var request, out var problem) || !AllHitsCommand.TryReadFormat(parse, AllOption, FormatOption, LimitOption, out var format, out problem))
        {
            await Console.Error.WriteLineAsync($"archive search: {problem}");
            return ArchiveCommandLine.UsageError;
        }

        using var app = host(parse.GetValue(ArchiveCommandLine.DataOption));
        var services = app.Services;
        ArchiveOpener.RequireArchive(services);
        await ArchiveOpener.OpenAsync(services, ct);
        if (format is { } all)
        {
            return await AllHitsCommand.WriteAsync(services, request, all, ct);
        }

        SearchResult result;
        try
        {
            result = services.GetRequiredService<PostSearcher>().Search(request);
        }
        catch (InvalidQueryException e)
        {
            await Console.Error.WriteLineAsync($"archive search: {e.Message}");
            return ArchiveCommandLine.UsageError;
        }

        var output = new
        {
            total = result.Total,
            // Set when the query found nothing and these hits are for its confident spelling correction.
            corrected_query = result.CorrectedQuery,
            hits = result.Hits.Select(h => new
            {
                id = h.Id,
                published = h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                channel = h.Channel,
                snippet = h.Snippet.Text,
                highlights = ApiHit.Pairs(h.Snippet.Highlights),
                has_copies = h.HasCopies,
                copy_channels = h.CopyChannels,
                score = h.Score,
            }),
            facets = result.Facets,
            notes = result.Notes,
        };
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        return ArchiveCommandLine.Ok;
    }

    internal static bool TryReadRequest(ParseResult parse, out SearchRequest request, out string problem)
    {
        // The options under the page's parameter names, read by the page's reader: the same limits, dates, sort names
        // and language codes, with the same policy, as the page, the API and the feed.
        var parameters = new Dictionary<string, StringValues>
        {
            ["q"] = string.Join(' ', parse.GetValue(QueryArgument) ?? []),
            ["from"] = parse.GetValue(FromOption),
            ["to"] = parse.GetValue(ToOption),
            ["tag"] = parse.GetValue(TagOption) ?? [],
            ["channel"] = parse.GetValue(ChannelOption) ?? [],
            ["forwarded"] = parse.GetValue(ForwardedFromOption),
            ["lang"] = parse.GetValue(LangOption) ?? [],
            ["copies"] = parse.GetValue(CopiesOption),
            ["dated"] = parse.GetValue(DatedOnlyOption) ? "yes" : null,
            ["sort"] = parse.GetValue(SortOption),
        };
        var query = SearchQuery.Parse(new QueryCollection(parameters), key => key switch { "q" => "the query", "forwarded" => "--forwarded-from", _ => "--" + key });
        var problems = query.Problems.ToList();

        var limit = parse.GetValue(LimitOption);
        if (limit is < 1 or > PostSearcher.MaxPageSize)
        {
            problems.Add($"--limit must be a whole number from 1 to {PostSearcher.MaxPageSize}, not {limit}.");
        }

        problem = string.Join(" ", problems);
        request = query.ToRequest(pageSize: limit);
        return problems.Count == 0;
    }
}
