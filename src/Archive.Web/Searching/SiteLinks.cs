using Archive.Storage.Posts;

namespace Archive.Web.Searching;

/// <summary>Links that survive a reverse proxy: every path is put under the request's PathBase.</summary>
public static class SiteLinks
{
    public static string Post(HttpRequest request, string id) => PostPermalink.Of(request.PathBase, id);

    /// <summary>A channel's own page (/channels/{name}).</summary>
    public static string Channel(HttpRequest request, string name) => $"{request.PathBase}/channels/{Uri.EscapeDataString(name)}";

    public static string Search(HttpRequest request, SearchQuery query) => $"{request.PathBase}/{query.ToQueryString()}";

    /// <summary>Every hit of the search as a file: "csv" or "jsonl" (the page does not matter).</summary>
    public static string Download(HttpRequest request, SearchQuery query, string extension) =>
        $"{request.PathBase}/search.{extension}{(query with { Page = 1 }).ToQueryString()}";

    /// <summary>The API's next page of the search, after <paramref name="cursor"/> (a token, URL-safe as it is).</summary>
    public static string ApiNext(HttpRequest request, SearchQuery query, string cursor)
    {
        var search = CursorScope(query);
        return $"{request.PathBase}/api/search{search}{(search.Length == 0 ? '?' : '&')}cursor={cursor}";
    }

    /// <summary>What an API cursor is bound to: the search without its page.</summary>
    public static string CursorScope(SearchQuery query) => (query with { Page = 1 }).ToQueryString();

    public static string Feed(HttpRequest request, SearchQuery query) => $"{request.PathBase}/feed{(query with { Page = 1, Sort = null }).ToQueryString()}";
}
