using System.Globalization;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Posts;
using Archive.Web.Pages.Search;
using Archive.Web.Pages.Shared;
using Archive.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Channels;

/// <summary>
/// /channels/{name}: one channel's own page: its date span, its posts counted by language, media and month, its top
/// hashtags and forward sources, and its posts in the channel's order, a page at a time, from any month (?month=YYYY-MM).
/// </summary>
/// <remarks>
/// The counts come from the store (languages, dates: <see cref="PostQueries.Summaries"/>) and from the index under the
/// channel's filter (months, hashtags, sources, media); the posts are the search's "oldest first", which orders a day's
/// posts by their place in the channel, so that a month's first post sits after every post of the months before it.
/// </remarks>
public sealed class ShowModel(ArchiveDbContext db, PostSearcher searcher) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Username { get; private set; }

    /// <summary>The search this page lists: the channel's posts, oldest first; its hits' links narrow it.</summary>
    public SearchQuery InChannel { get; private set; } = new();

    public SearchResult Result { get; private set; } = null!;
    public int Posts { get; private set; }
    public int Undated { get; private set; }
    public DateOnly? First { get; private set; }
    public DateOnly? Last { get; private set; }
    public int WithMedia { get; private set; }

    /// <summary>Posts per language, largest first, from the store.</summary>
    public IReadOnlyList<FacetCount> Languages { get; private set; } = [];

    public IReadOnlyList<TimelineBar> Timeline { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Clamp((Result.Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize, 1, SearchQuery.MaxPage);

    /// <summary>The month asked for (?month=), when it could be read.</summary>
    public DateOnly? Month { get; private set; }

    /// <summary>What became of the month jump: where the month begins, or that the channel has no post in it.</summary>
    public string? MonthNote { get; private set; }

    /// <summary>Parameters that could not be read, each with what was expected.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        // The router leaves an escaped slash escaped ("%2F") in a route value: a channel's name may hold one.
        name = name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var channel = await db.Channels.AsNoTracking().Where(c => c.Name == name)
            .Select(c => new { c.Id, c.Name, c.Username }).FirstOrDefaultAsync(ct);
        if (channel is null)
        {
            return NotFound();
        }
        Name = channel.Name;
        Username = channel.Username;
        InChannel = new SearchQuery { Channel = Name };

        var summaries = await db.Summaries(channel.Id).ToListAsync(ct);
        Posts = summaries.Sum(s => s.Posts);
        Undated = summaries.Sum(s => s.Undated);
        First = summaries.Min(s => s.First);
        Last = summaries.Max(s => s.Last);
        Languages = summaries.GroupBy(s => s.Language).Select(g => new FacetCount(g.Key, g.Sum(s => s.Posts)))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Value, StringComparer.Ordinal).ToArray();

        var problems = new List<string>();
        PageNumber = ReadPage(problems);
        Month = ReadMonth(problems);
        var request = InChannel.ToRequest() with { Sort = SearchSort.Oldest, Page = 1, CorrectSpelling = false };
        // The first page carries the channel's counts; another page is searched again, without counting them twice.
        Result = searcher.Search(request);
        if (Month is { } month)
        {
            if (PageOfMonth(Result.Facets.Months, month) is not { } page)
            {
                // The pages reach as deep as the search's (500 of them): a later month is the search from its first day.
                return Redirect(SiteLinks.Search(Request, InChannel with { From = month, Sort = SearchSort.Oldest }));
            }
            PageNumber = page;
        }
        if (PageNumber > 1)
        {
            Result = searcher.Search(request with { Page = PageNumber, WithFacets = false }) with { Facets = Result.Facets };
        }
        WithMedia = searcher.Count(request with { HasMedia = true });
        Timeline = TimelineSvg.Bars(Result.Facets.Months);

        Problems = problems;
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    /// <summary>
    /// The page of the channel's posts in order that holds the month's first post (or, when it has none, the first post
    /// after it); null when that page is deeper than the pages go.
    /// </summary>
    private int? PageOfMonth(IReadOnlyList<FacetCount> months, DateOnly month)
    {
        var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        // Posts sort by their day first, so the posts before the month's first are the dated ones of the months before.
        var before = months.Where(m => string.CompareOrdinal(m.Value, key) < 0).Sum(m => m.Count);
        var label = MonthLabel(key);
        var inMonth = months.FirstOrDefault(m => m.Value == key)?.Count ?? 0;
        MonthNote = inMonth > 0
            ? $"{label}: {Counts.Of(inMonth, "post")}, from post {before + 1:N0} on."
            : before < months.Sum(m => m.Count)
                ? $"The channel has no post in {label}; showing from the next one, post {before + 1:N0}."
                : $"The channel has no post in {label} or after it; showing its last dated posts.";
        var index = Math.Max(0, Math.Min(before, months.Sum(m => m.Count) - 1));
        var page = index / SearchQuery.PageSize + 1;
        return page <= SearchQuery.MaxPage ? page : null;
    }

    private int ReadPage(List<string> problems)
    {
        var value = Request.Query["page"].LastOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= SearchQuery.MaxPage)
        {
            return page;
        }
        problems.Add($"page must be a whole number from 1 to {SearchQuery.MaxPage}, not '{value}'.");
        return 1;
    }

    private DateOnly? ReadMonth(List<string> problems)
    {
        var value = Request.Query["month"].LastOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }
        problems.Add($"month must be a year and a month like 2025-03, not '{value}'.");
        return null;
    }

    /// <summary>The month asked for as the month facet writes it ("2025-03").</summary>
    public string? MonthKey => Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"March 2025" for "2025-03".</summary>
    public static string MonthLabel(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : key;

    /// <summary>This page at another page of posts.</summary>
    public string PageLink(int page) => SiteLinks.Channel(Request, Name) + (page > 1 ? $"?page={page.ToString(CultureInfo.InvariantCulture)}" : "");

    /// <summary>This page from a month's first post: what the month picker and the timeline's bars lead to.</summary>
    public string MonthLink(int year, int month) =>
        $"{SiteLinks.Channel(Request, Name)}?month={new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>The search within the channel, narrowed.</summary>
    public string Search(Func<SearchQuery, SearchQuery> narrow) => SiteLinks.Search(Request, InChannel.Narrow(narrow));
}
