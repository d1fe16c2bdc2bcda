using Archive.Search.Querying;
using Archive.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search;

/// <summary>The search page (/): the URL's state in, hits, facets, timeline and suggestions out. No query browses the newest posts.</summary>
public sealed class IndexModel(PostSearcher searcher, TimeProvider clock) : PageModel
{
    public SearchQuery Query { get; private set; } = new();
    public SearchResult? Result { get; private set; }

    /// <summary>Why the query could not be run, for the error state.</summary>
    public string? Error { get; private set; }

    /// <summary>When nothing matched: each applied filter with how many hits dropping it would give.</summary>
    public IReadOnlyList<(AppliedFilter Filter, int Total)> WithoutSuggestions { get; private set; } = [];

    public IReadOnlyList<TimelineBar> Timeline { get; private set; } = [];

    /// <summary>What the date quick picks count back from: the archive's newest post's day, else today.</summary>
    public DateOnly Newest { get; private set; }

    public int PageCount => Result is null ? 0 : Math.Min(SearchQuery.MaxPage, (Result.Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize);

    public IActionResult OnGet()
    {
        // A form submitted without JavaScript sends its empty fields too; the address should carry only what is set.
        if (SearchQuery.WithoutEmptyParameters(Request.Query) is { } clean)
        {
            return Redirect($"{Request.PathBase}{Request.Path}{clean}");
        }
        Newest = searcher.NewestPublished() ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Query = SearchQuery.Parse(Request.Query);
        if (Query.Problems.Count > 0)
        {
            // The page still searches without the unreadable parts (and says so), but the status tells scripts and crawlers.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        try
        {
            Result = searcher.Search(Query.ToRequest());
        }
        catch (InvalidQueryException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Timeline = TimelineSvg.Bars(Result.Facets.Months);
        if (Result.Total == 0 && Query.HasFilters)
        {
            // Only on an empty page, so the extra searches cost nothing on the common path.
            WithoutSuggestions = Query.Applied()
                .Select(f => (f, Total: searcher.Count(f.Without.ToRequest(withFacets: false))))
                .Where(s => s.Total > 0)
                .ToArray();
        }
        return Page();
    }

    public string Link(SearchQuery query) => SiteLinks.Search(Request, query);

    public string PostLink(string id) => SiteLinks.Post(Request, id);
}
