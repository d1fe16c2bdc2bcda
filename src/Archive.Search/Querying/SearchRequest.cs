namespace Archive.Search.Querying;

/// <summary>What the user asked for: a query, filters, a sort and a page. Shared by the page, the API, the feed and the CLI.</summary>
public sealed record SearchRequest
{
    /// <summary>Words, "phrases", OR, -excluded, prefix*; empty browses everything.</summary>
    public string? Query { get; init; }

    /// <summary>Publication date range, inclusive: a post matches when the days it can have been published on overlap it.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Whether posts with no publication date stay in when a date range is set.</summary>
    public bool IncludeUndated { get; init; }

    /// <summary>Only posts whose date is stated (by the post or its source), not inferred from neighbours nor unknown.</summary>
    public bool DatedOnly { get; init; }

    /// <summary>Hashtags, with or without '#', any case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    public TagMatch TagMatch { get; init; } = TagMatch.All;

    public IReadOnlyList<string> Channels { get; init; } = [];
    public string? ForwardedFrom { get; init; }

    /// <summary>"en", "ru", "mixed".</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    public bool? HasMedia { get; init; }

    /// <summary>Only posts that other posts copy, or are copies of others (true); only posts without copies (false).</summary>
    public bool? HasCopies { get; init; }

    /// <summary>Only posts whose text mentions a date in this year.</summary>
    public int? MentionsYear { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public bool WithFacets { get; init; } = true;

    /// <summary>The page after this cursor (<see cref="SearchResult.Next"/> of the page before) instead of <see cref="Page"/>.</summary>
    public HitCursor? After { get; init; }

    /// <summary>
    /// When the query finds nothing and its spelling correction is confident, answer with the correction's results
    /// (<see cref="SearchResult.CorrectedQuery"/>). A query that finds something is never rewritten.
    /// </summary>
    public bool CorrectSpelling { get; init; }
}

public enum TagMatch
{
    Any,
    All,
}

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
    Reactions,
}
