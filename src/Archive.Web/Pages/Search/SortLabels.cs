using Archive.Search.Querying;

namespace Archive.Web.Pages.Search;

/// <summary>What each sort is called on the search page: its heading and its sort switch.</summary>
public static class SortLabels
{
    public static readonly IReadOnlyList<SearchSort> All = [SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest, SearchSort.Reactions];

    /// <summary>Without words there is no relevance to rank by (the searcher shows the newest first).</summary>
    public static readonly IReadOnlyList<SearchSort> Browsing = [SearchSort.Newest, SearchSort.Oldest, SearchSort.Reactions];

    public static string Of(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "Best match",
        SearchSort.Newest => "Newest first",
        SearchSort.Oldest => "Oldest first",
        SearchSort.Reactions => "Most reactions",
        _ => sort.ToString(),
    };
}
