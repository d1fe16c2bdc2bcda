namespace Archive.Web.Searching;

/// <summary>Links that survive a reverse proxy: every path is put under the request's PathBase.</summary>
public static class SiteLinks
{
    public static string Post(HttpRequest request, string id) => $"{request.PathBase}/posts/{Uri.EscapeDataString(id)}";

    /// <summary>A channel's own page (/channels/{name}).</summary>
    public static string Channel(HttpRequest request, string name) => $"{request.PathBase}/channels/{Uri.EscapeDataString(name)}";

    public static string Search(HttpRequest request, SearchQuery query) => $"{request.PathBase}/{query.ToQueryString()}";

    public static string Feed(HttpRequest request, SearchQuery query) => $"{request.PathBase}/feed{(query with { Page = 1, Sort = null }).ToQueryString()}";
}
