using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Web.Api;

namespace Archive.Web.Cli;

/// <summary>"search QUERY": runs one search against the index and prints it as JSON.</summary>
public static class SearchCommand
{
    private static readonly Argument<string[]> QueryArgument = new("query")
    {
        Description = "Words, \"phrases\", OR, -excluded, prefix*; empty lists everything",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private static readonly Option<string?> FromOption = new("--from") { Description = "Published on or after YYYY-MM-DD" };
    private static readonly Option<string?> ToOption = new("--to") { Description = "Published on or before YYYY-MM-DD" };
    private static readonly Option<string[]> TagOption = new("--tag") { Description = "Hashtag (with or without #, any case); repeat for all of several" };
    private static readonly Option<string[]> ChannelOption = new("--channel") { Description = "Channel name; repeat for any of several" };
    private static readonly Option<string[]> LangOption = new("--lang") { Description = "en, ru or mixed; repeat for any of several" };
    private static readonly Option<string?> SortOption = new("--sort") { Description = "relevance (default), newest, oldest, reactions" };
    private static readonly Option<int> LimitOption = new("--limit") { Description = "How many hits (1-100)", DefaultValueFactory = _ => 10 };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Cyrillic and emoji stay readable (the snippet is plain text, for a terminal or a script, not for a page).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("search", "Search the archive and print the hits and facets as JSON.");
        command.Arguments.Add(QueryArgument);
        foreach (var option in new Option[] { FromOption, ToOption, TagOption, ChannelOption, LangOption, SortOption, LimitOption })
        {
            command.Options.Add(option);
        }
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        if (!TryReadRequest(parse, out var request, out var problem))
        {
            await Console.Error.WriteLineAsync($"archive search: {problem}");
            return ArchiveCommandLine.UsageError;
        }

        await using var services = CliServices.Build(parse, (s, o) => s.AddArchiveStore(o.StorePath).AddArchiveSearch(o.IndexPath));
        await IndexCommands.EnsureIndexAsync(services, ct);

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
            hits = result.Hits.Select(h => new
            {
                id = h.Id,
                published = h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                channel = h.Channel,
                snippet = h.Snippet.Text,
                highlights = ApiHit.Pairs(h.Snippet.Highlights),
                score = h.Score,
            }),
            facets = result.Facets,
            notes = result.Notes,
        };
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        return ArchiveCommandLine.Ok;
    }

    private static bool TryReadRequest(ParseResult parse, out SearchRequest request, out string problem)
    {
        request = new SearchRequest();
        problem = "";
        if (!TryDate(parse.GetValue(FromOption), "--from", out var from, ref problem)
            || !TryDate(parse.GetValue(ToOption), "--to", out var to, ref problem))
        {
            return false;
        }
        if (from > to)
        {
            problem = $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}.";
            return false;
        }

        var sort = SearchSort.Relevance;
        var sortText = parse.GetValue(SortOption);
        if (sortText is not null && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || !Enum.IsDefined(sort)))
        {
            problem = $"--sort must be relevance, newest, oldest or reactions, not \"{sortText}\".";
            return false;
        }

        var limit = parse.GetValue(LimitOption);
        if (limit is < 1 or > PostSearcher.MaxPageSize)
        {
            problem = $"--limit must be between 1 and {PostSearcher.MaxPageSize}, not {limit}.";
            return false;
        }

        var languages = parse.GetValue(LangOption) ?? [];
        var unknown = languages.FirstOrDefault(l => l.ToLowerInvariant() is not ("en" or "ru" or "mixed"));
        if (unknown is not null)
        {
            problem = $"--lang must be en, ru or mixed, not \"{unknown}\".";
            return false;
        }

        request = new SearchRequest
        {
            Query = string.Join(' ', parse.GetValue(QueryArgument) ?? []),
            From = from,
            To = to,
            Tags = parse.GetValue(TagOption) ?? [],
            TagMatch = TagMatch.All,
            Channels = parse.GetValue(ChannelOption) ?? [],
            Languages = languages.Select(l => l.ToLowerInvariant()).ToList(),
            Sort = sort,
            PageSize = limit,
        };
        return true;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, ref string problem)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        problem = $"{option} takes a date as YYYY-MM-DD, not \"{text}\".";
        return false;
    }
}

/// <summary>What the index verbs share: opening the store and making sure the index was built from it.</summary>
internal static class IndexCommands
{
    /// <summary>Rebuilds the index from the store when it was missing or corrupt (the log says so).</summary>
    public static async Task EnsureIndexAsync(IServiceProvider services, CancellationToken ct)
    {
        var index = services.GetRequiredService<SearchIndex>();
        if (!index.NeedsRebuild)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveStore.MigrateAsync(db, ct);
        await services.GetRequiredService<PostIndexer>().EnsureBuiltAsync(db, ct);
    }

    /// <summary>
    /// False, with the reason on stderr, when another process (a running server) holds the index's writer: a verb that
    /// writes the index must not go on then, or the store would hold posts the index never gets.
    /// </summary>
    public static async Task<bool> CanWriteAsync(SearchIndex index, string verb, string instead)
    {
        if (index.IsWritable)
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"archive {verb}: the index at {index.Path} is in use by another process (a running server?); {instead}.");
        return false;
    }
}
