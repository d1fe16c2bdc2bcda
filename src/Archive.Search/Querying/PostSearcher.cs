namespace Archive.Search.Querying;

/// <summary>Runs searches against the index: hits, facets, snippets, related posts.</summary>
public sealed class PostSearcher
{
    /// <summary>Throws <see cref="InvalidQueryException"/> only for a query that cannot be given any sensible reading.</summary>
    public SearchResult Search(SearchRequest request) =>
        throw new NotImplementedException("The search branch fills this in.");

    /// <summary>Posts like the given one, without itself and its duplicates.</summary>
    public IReadOnlyList<SearchHit> Related(string postId, int count = 5) =>
        throw new NotImplementedException("The search branch fills this in.");
}
