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
}

public sealed record FacetCount(string Value, int Count);

/// <summary>A query the user must fix; the message says how.</summary>
public sealed class InvalidQueryException(string message) : Exception(message);
