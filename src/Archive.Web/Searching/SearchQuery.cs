using System.Buffers;
using System.Globalization;
using System.Text;
using Archive.Parsing;
using Archive.Search.Querying;
using Microsoft.Extensions.Primitives;

namespace Archive.Web.Searching;

/// <summary>
/// The state of a search as it lives in the URL (q, from, to, tag*, tags, channel*, forwarded, lang*, media, copies, dated, year, sort, page):
/// the one reader of a search's parameters (the page, the API, the feed, and the CLI's options put as parameters), so
/// each limit and each name is read with one policy; written back into links.
/// </summary>
public sealed record SearchQuery
{
    public const int PageSize = 20;

    /// <summary>Deep pages cost the index more than anyone reads; past this, narrow the search instead.</summary>
    public const int MaxPage = 500;

    /// <summary>
    /// The query parser's cap; a longer q is refused here rather than cut by the parser, so nobody gets results for
    /// half a query.
    /// </summary>
    public const int MaxQueryLength = UserQueryParser.MaxQueryLength;

    /// <summary>
    /// The last year a from or to may name: one short of DateOnly's end, so that the month or year after a date read
    /// here (the page's date links, the timeline's bars) still exists.
    /// </summary>
    public const int MaxYear = 9998;

    public string? Q { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public TagMatch TagMatch { get; init; } = TagMatch.All;

    /// <summary>Channels, any of them: the page's select sets one, a URL or the CLI may repeat channel.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>The channel the page's select shows (the last of <see cref="Channels"/>); setting it sets that one alone.</summary>
    public string? Channel
    {
        get => Channels.Count > 0 ? Channels[^1] : null;
        init => Channels = value is null ? [] : [value];
    }

    /// <summary>forwarded=NAME: only the posts forwarded from this source (a channel or a person), as a post names it.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>Language codes (<see cref="Languages.All"/>), any of them: like <see cref="Channels"/>.</summary>
    public IReadOnlyList<string> Langs { get; init; } = [];

    /// <summary>The language the page's select shows (the last of <see cref="Langs"/>); setting it sets that one alone.</summary>
    public string? Lang
    {
        get => Langs.Count > 0 ? Langs[^1] : null;
        init => Langs = value is null ? [] : [value];
    }

    public bool? Media { get; init; }

    /// <summary>copies=yes: only posts that other posts copy or that copy others; copies=no: only posts without copies.</summary>
    public bool? Copies { get; init; }

    /// <summary>dated=yes: only posts whose date is stated (exact, explicit); inferred and unknown ones left out.</summary>
    public bool DatedOnly { get; init; }

    public int? Year { get; init; }

    /// <summary>Null: relevance when there are words to rank by, newest first when browsing.</summary>
    public SearchSort? Sort { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>exact=1: search the words as typed, never a spelling correction ("search instead for").</summary>
    public bool Exact { get; init; }

    /// <summary>Parameters that could not be read, each with what was expected; the API answers 400 with them.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool HasWords => !string.IsNullOrWhiteSpace(Q);

    public SearchSort EffectiveSort => Sort ?? (HasWords ? SearchSort.Relevance : SearchSort.Newest);

    public bool HasFilters => From is not null || To is not null || Tags.Count > 0 || Channels.Count > 0 || ForwardedFrom is not null
        || Langs.Count > 0 || Media is not null || Copies is not null || DatedOnly || Year is not null;

    /// <summary>Reads the parameters; what cannot be read is left out and said in <see cref="Problems"/>.</summary>
    /// <param name="query">The query string, or the CLI's options under the same names.</param>
    /// <param name="nameOf">How a problem names a parameter (the CLI says "--from"); the parameter's own name by default.</param>
    public static SearchQuery Parse(IQueryCollection query, Func<string, string>? nameOf = null)
    {
        var problems = new List<string>();
        var name = nameOf ?? (key => key);

        var q = Single(query, "q");
        var from = ParseDate(query, "from", name, problems);
        var to = ParseDate(query, "to", name, problems);
        if (from > to)
        {
            problems.Add($"{name("from")} {from:yyyy-MM-dd} is after {name("to")} {to:yyyy-MM-dd}.");
        }
        var langs = Values(query, "lang", l => l.ToLowerInvariant(), StringComparer.Ordinal);
        if (langs.FirstOrDefault(l => !Languages.All.Contains(l)) is { } unknown)
        {
            langs = Problem<IReadOnlyList<string>>(problems, $"{name("lang")} must be {LanguageList}, not '{unknown}'.", []);
        }

        return new SearchQuery
        {
            Q = q is { Length: > MaxQueryLength }
                ? Problem<string?>(problems, $"{name("q")} is {q.Length:N0} characters long; at most {MaxQueryLength:N0} are read.", null)
                : q,
            From = from,
            To = to,
            Tags = Values(query, "tag", t => t.TrimStart('#'), StringComparer.OrdinalIgnoreCase),
            TagMatch = Single(query, "tags")?.ToLowerInvariant() switch
            {
                null or "all" => TagMatch.All,
                "any" => TagMatch.Any,
                var other => Problem(problems, $"{name("tags")} must be 'any' or 'all', not '{other}'.", TagMatch.All),
            },
            Channels = Values(query, "channel", c => c, StringComparer.Ordinal),
            ForwardedFrom = Single(query, "forwarded"),
            Langs = langs,
            Media = YesOrNo(query, "media", name, problems),
            Copies = YesOrNo(query, "copies", name, problems),
            DatedOnly = Single(query, "dated")?.ToLowerInvariant() switch
            {
                null or "no" or "false" or "0" => false,
                "yes" or "true" or "1" => true,
                var other => Problem(problems, $"{name("dated")} must be yes or no, not '{other}'.", false),
            },
            Year = ParseInt(query, "year", 1, 9999, name, problems),
            Sort = Single(query, "sort")?.ToLowerInvariant() is not { } sort ? null
                : SortByName.TryGetValue(sort, out var known) ? known
                : Problem<SearchSort?>(problems, $"{name("sort")} must be {OrList(SortNames.Values)}, not '{sort}'.", null),
            Page = ParseInt(query, "page", 1, MaxPage, name, problems) ?? 1,
            Exact = Single(query, "exact") is "1" or "true" or "yes",
            Problems = problems,
        };
    }

    /// <summary>"en, ru or mixed": the language codes as a problem or a help text lists them.</summary>
    public static readonly string LanguageList = OrList(Languages.All);

    private static string OrList(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length < 2 ? string.Concat(all) : string.Join(", ", all[..^1]) + " or " + all[^1];
    }

    /// <summary>The request for the search library.</summary>
    public SearchRequest ToRequest(bool withFacets = true, int pageSize = PageSize) => new()
    {
        Query = Q,
        From = From,
        To = To,
        Tags = Tags,
        TagMatch = TagMatch,
        Channels = Channels,
        ForwardedFrom = ForwardedFrom,
        Languages = Langs,
        HasMedia = Media,
        HasCopies = Copies,
        DatedOnly = DatedOnly,
        MentionsYear = Year,
        Sort = EffectiveSort,
        Page = Page,
        PageSize = pageSize,
        WithFacets = withFacets,
        CorrectSpelling = !Exact,
    };

    /// <summary>"?q=...&amp;tag=..." (not HTML-encoded; Razor encodes it in attributes), or "" for the bare search.</summary>
    public string ToQueryString()
    {
        // A search page writes a hundred links, each this query with one thing changed: one builder per thread, and
        // values that need no escaping (or were just escaped) are not escaped again.
        var query = t_builder ??= new StringBuilder(256);
        query.Clear();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Escaped(value));
            }
        }

        Add("q", Q);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var tag in Tags)
        {
            Add("tag", tag);
        }
        if (Tags.Count > 1 && TagMatch == TagMatch.Any)
        {
            Add("tags", "any");
        }
        foreach (var channel in Channels)
        {
            Add("channel", channel);
        }
        Add("forwarded", ForwardedFrom);
        foreach (var lang in Langs)
        {
            Add("lang", lang);
        }
        Add("media", Media switch { true => "yes", false => "no", null => null });
        Add("copies", Copies switch { true => "yes", false => "no", null => null });
        Add("dated", DatedOnly ? "yes" : null);
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("sort", Sort is { } sort ? SortNames[sort] : null);
        Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        Add("exact", Exact ? "1" : null);
        return query.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    [ThreadStatic]
    private static (string Value, string Escaped) t_lastEscaped;

    // What Uri.EscapeDataString leaves as it is (RFC 3986's unreserved characters).
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~");

    // The names Parse reads and links write, made once instead of lower-cased for every link.
    private static readonly Dictionary<SearchSort, string> SortNames =
        Enum.GetValues<SearchSort>().ToDictionary(sort => sort, sort => sort.ToString().ToLowerInvariant());

    private static readonly Dictionary<string, SearchSort> SortByName = SortNames.ToDictionary(pair => pair.Value, pair => pair.Key);

    private static string Escaped(string value)
    {
        if (!value.AsSpan().ContainsAnyExcept(Unreserved))
        {
            return value;
        }
        // The links of a page share their query's words: the same string, escaped once.
        if (!ReferenceEquals(t_lastEscaped.Value, value))
        {
            t_lastEscaped = (value, Uri.EscapeDataString(value));
        }
        return t_lastEscaped.Escaped;
    }

    /// <summary>
    /// The query string without its empty parameters ("?q=x&amp;from=&amp;to=" is "?q=x"), or null when none is empty: a
    /// form submitted without JavaScript sends every field, and the address should carry only what is set.
    /// </summary>
    public static string? WithoutEmptyParameters(IQueryCollection query)
    {
        var empty = false;
        foreach (var (_, values) in query)
        {
            foreach (var value in values)
            {
                empty |= string.IsNullOrWhiteSpace(value);
            }
        }
        if (!empty)
        {
            return null;
        }
        var clean = new StringBuilder();
        foreach (var (key, values) in query)
        {
            foreach (var value in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    clean.Append(clean.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                }
            }
        }
        return clean.ToString();
    }

    /// <summary>The page's title: the words and each applied filter ("Ялта · #OSCE · 2022"), or null for the bare search.</summary>
    public string? Title()
    {
        // What the search is about first (hashtags, channels), then when: "Ялта · #OSCE · 2022".
        var parts = Applied().OrderBy(f => f.Kind == "Dates").Select(f => f.Kind == "Mentions" ? "mentions " + f.Label : f.Label);
        var all = (HasWords ? parts.Prepend(Q!) : parts).ToList();
        if (Page > 1)
        {
            all.Add($"page {Page}");
        }
        return all.Count == 0 ? null : string.Join(" · ", all);
    }

    /// <summary>A new state on the first page: any change of filters starts the results over.</summary>
    public SearchQuery Narrow(Func<SearchQuery, SearchQuery> change) => change(this) with { Page = 1, Problems = [] };

    public SearchQuery WithTag(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)
        ? this with { Page = 1 }
        : Narrow(s => s with { Tags = [.. s.Tags, tag] });

    public SearchQuery WithoutTag(string tag) => Narrow(s => s with { Tags = s.Tags.Where(t => !string.Equals(t, tag, StringComparison.OrdinalIgnoreCase)).ToArray() });

    /// <summary>The dates of one calendar month, as the timeline bars link.</summary>
    public SearchQuery InMonth(int year, int month) => Narrow(s => s with
    {
        From = new DateOnly(year, month, 1),
        To = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1),
    });

    public SearchQuery InYear(int year) => Narrow(s => s with { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) });

    public SearchQuery ToPage(int page) => this with { Page = Math.Clamp(page, 1, MaxPage) };

    /// <summary>What is applied, each with the state without it: the chips and the "try without" suggestions.</summary>
    public IReadOnlyList<AppliedFilter> Applied()
    {
        var applied = new List<AppliedFilter>();
        if (From is not null || To is not null)
        {
            applied.Add(new("Dates", DateRangeLabel(From, To), Narrow(s => s with { From = null, To = null })));
        }
        foreach (var tag in Tags)
        {
            applied.Add(new("Hashtag", "#" + tag, WithoutTag(tag)));
        }
        foreach (var channel in Channels)
        {
            applied.Add(new("Channel", channel, Narrow(s => s with { Channels = Without(s.Channels, channel) })));
        }
        if (ForwardedFrom is not null)
        {
            applied.Add(new("Forwarded from", ForwardedFrom, Narrow(s => s with { ForwardedFrom = null })));
        }
        foreach (var lang in Langs)
        {
            applied.Add(new("Language", LanguageNames.Of(lang), Narrow(s => s with { Langs = Without(s.Langs, lang) })));
        }
        if (Media is not null)
        {
            applied.Add(new("Media", Media.Value ? "with media" : "text only", Narrow(s => s with { Media = null })));
        }
        if (Copies is not null)
        {
            applied.Add(new("Copies", Copies.Value ? "with copies" : "without copies", Narrow(s => s with { Copies = null })));
        }
        if (Year is not null)
        {
            applied.Add(new("Mentions", Year.Value.ToString(CultureInfo.InvariantCulture), Narrow(s => s with { Year = null })));
        }
        return applied;
    }

    private static string DateRangeLabel(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) when f.Day == 1 && f.Month == 1 && t == new DateOnly(f.Year, 12, 31) => f.Year.ToString(CultureInfo.InvariantCulture),
        ({ } f, { } t) when f.Day == 1 && t == f.AddMonths(1).AddDays(-1) => f.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        ({ } f, { } t) => $"{f:yyyy-MM-dd} – {t:yyyy-MM-dd}",
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } t) => $"until {t:yyyy-MM-dd}",
        _ => "",
    };

    private static bool? YesOrNo(IQueryCollection query, string key, Func<string, string> name, List<string> problems) =>
        Single(query, key)?.ToLowerInvariant() switch
        {
            null => null,
            "yes" or "true" or "1" => true,
            "no" or "false" or "0" => false,
            var other => Problem<bool?>(problems, $"{name(key)} must be yes or no, not '{other}'.", null),
        };

    private static string? Single(IQueryCollection query, string key)
    {
        StringValues values = query[key];
        var value = values.Count > 0 ? values[^1]?.Trim() : null;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string[] Without(IReadOnlyList<string> values, string value) => values.Where(v => v != value).ToArray();

    // Every value of a repeatable parameter, trimmed, without empty ones and repeats.
    private static IReadOnlyList<string> Values(IQueryCollection query, string key, Func<string, string> normalize, StringComparer comparer)
    {
        StringValues values = query[key];
        if (values.Count == 0)
        {
            return [];
        }
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => normalize(v!.Trim()))
            .Where(v => v.Length > 0).Distinct(comparer).ToArray();
    }

    private static DateOnly? ParseDate(IQueryCollection query, string key, Func<string, string> name, List<string> problems)
    {
        var value = Single(query, key);
        if (value is null)
        {
            return null;
        }
        DateOnly? parsed = null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            parsed = date;
        }
        // A month ("2021-03") or a year ("2021") is a natural thing to type; from takes its start, to its end.
        else if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            parsed = key == "to" ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }
        else if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            parsed = key == "to" ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        if (parsed?.Year <= MaxYear)
        {
            return parsed;
        }
        problems.Add(parsed is null
            ? $"{name(key)} must be a date like 2021-03-15 (or 2021-03, or 2021), not '{value}'."
            : $"{name(key)} must be a date in the years 1 to {MaxYear}, not '{value}'.");
        return null;
    }

    private static int? ParseInt(IQueryCollection query, string key, int min, int max, Func<string, string> name, List<string> problems)
    {
        var value = Single(query, key);
        if (value is null)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        problems.Add($"{name(key)} must be a whole number from {min} to {max}, not '{value}'.");
        return null;
    }

    private static T Problem<T>(List<string> problems, string message, T fallback)
    {
        problems.Add(message);
        return fallback;
    }
}

/// <summary>One applied filter: what it is, how it reads, and the search without it.</summary>
public sealed record AppliedFilter(string Kind, string Label, SearchQuery Without);

/// <summary>Display names of the language codes.</summary>
public static class LanguageNames
{
    public static string Of(string code) => code switch
    {
        Languages.English => "English",
        Languages.Russian => "Russian",
        Languages.Mixed => "Mixed",
        _ => code,
    };

    /// <summary>The lang attribute for a post's content; null for mixed text, which keeps the page's.</summary>
    public static string? HtmlLang(string code) => code is Languages.English or Languages.Russian ? code : null;
}
