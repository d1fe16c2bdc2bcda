using Archive.Parsing;
using Archive.Search.Snippets;

namespace Archive.Search.Querying;

/// <summary>A page of hits, the total, and the facet counts under the same query and filters.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    TimeSpan Elapsed)
{
    /// <summary>Notes on how the query was read ("the leading wildcard in '*foo' was dropped").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>"Did you mean": the query with misspelled words corrected, when it found nothing and a near spelling exists.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// The corrected query these results are for, when the query typed found nothing and its correction was
    /// confident (<see cref="SearchRequest.CorrectSpelling"/>); null when the results are for the query typed.
    /// </summary>
    public string? CorrectedQuery { get; init; }

    /// <summary>Where to go on after these hits (<see cref="SearchRequest.After"/>); null on the last page.</summary>
    public HitCursor? Next { get; init; }
}

/// <summary>
/// Every hit of a search, as pages of post ids in its sort order (<see cref="PostSearcher.AllHits"/>), over the one
/// version of the index it holds until disposed.
/// </summary>
public sealed class HitStream : IDisposable
{
    private readonly IDisposable _lease;

    internal HitStream(IDisposable lease, int total, string? correctedQuery, IEnumerable<IReadOnlyList<string>> pages)
    {
        _lease = lease;
        Total = total;
        CorrectedQuery = correctedQuery;
        Pages = pages;
    }

    /// <summary>How many hits <see cref="Pages"/> holds.</summary>
    public int Total { get; }

    /// <summary>As <see cref="SearchResult.CorrectedQuery"/>: the query the hits are for when the one typed found nothing.</summary>
    public string? CorrectedQuery { get; }

    /// <summary>The ids, a page at a time; read once, before disposing.</summary>
    public IEnumerable<IReadOnlyList<string>> Pages { get; }

    public void Dispose() => _lease.Dispose();
}

/// <summary>One hit: what the result list shows without going back to the store.</summary>
public sealed record SearchHit(
    string Id,
    float Score,
    /// <summary>Plain text around the matched words, with their ranges; the web makes it HTML.</summary>
    Snippet Snippet,
    string Channel,
    DateOnly? Published,
    DateConfidence PublishedConfidence,
    string Language,
    IReadOnlyList<string> Hashtags,
    string? ForwardedFrom,
    bool HasMedia,
    int ReactionTotal)
{
    /// <summary>The first day the post can have been published on (its day, unless inferred); null when nothing bounds it.</summary>
    public DateOnly? PublishedEarliest { get; init; } = Published;

    /// <summary>The last day the post can have been published on (its day, unless inferred); null when nothing bounds it.</summary>
    public DateOnly? PublishedLatest { get; init; } = Published;

    /// <summary>Whether other posts carry the same or nearly the same text.</summary>
    public bool HasCopies { get; init; }

    /// <summary>The channels besides this post's own that its copies are in ("also in 3 channels"); 0 without copies.</summary>
    public int CopyChannels { get; init; }
}

/// <summary>Counts per value, largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Hashtags,
    IReadOnlyList<FacetCount> Channels,
    IReadOnlyList<FacetCount> Languages,
    IReadOnlyList<FacetCount> Years,
    /// <summary>"YYYY-MM", ascending: the timeline.</summary>
    IReadOnlyList<FacetCount> Months)
{
    public static readonly SearchFacets Empty = new([], [], [], [], []);

    /// <summary>The sources the posts were forwarded from, largest first; posts that are not forwards count for none.</summary>
    public IReadOnlyList<FacetCount> ForwardedFrom { get; init; } = [];
}

public sealed record FacetCount(string Value, int Count);

/// <summary>A query the user must fix; the message says how.</summary>
public sealed class InvalidQueryException(string message) : Exception(message);
