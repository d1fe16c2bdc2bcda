using Archive.Search.Querying;

namespace Archive.Web.Api;

// The API's JSON (snake_case on the wire): what it promises stays here, apart from the library records it is read from.

/// <summary>GET /api/search: one page of hits and the facets of the whole result.</summary>
public sealed record ApiSearchResponse(
    int Total,
    int Page,
    int PageSize,
    double ElapsedMs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ApiHit> Hits,
    SearchFacets Facets,
    /// <summary>"Did you mean": a corrected query when this one found nothing; null otherwise.</summary>
    string? Suggestion);

/// <summary>One hit; snippet is HTML with matches in &lt;mark&gt; and everything else escaped.</summary>
public sealed record ApiHit(
    string Id,
    string Url,
    DateOnly? Published,
    string PublishedConfidence,
    string Channel,
    string Language,
    IReadOnlyList<string> Hashtags,
    string Snippet,
    string? ForwardedFrom,
    bool HasMedia,
    int ReactionTotal);

/// <summary>GET /api/posts/{id}: the whole post as stored; text is plain (not HTML).</summary>
public sealed record ApiPost(
    string Id,
    string Url,
    string Channel,
    string? ChannelUsername,
    string Text,
    string Language,
    DateOnly? Published,
    string PublishedConfidence,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? EditedAt,
    string? ForwardedFrom,
    bool HasMedia,
    string? MediaNote,
    long? MessageId,
    string? Author,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<ApiReaction> Reactions,
    IReadOnlyList<DateOnly> MentionedDates,
    string SourceFile,
    int SourceIndex);

public sealed record ApiReaction(string Emoji, int Count);
