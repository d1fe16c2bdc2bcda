namespace Archive.Web.Pages.Shared;

/// <summary>A facet box: its heading, its values with counts and links, and where to see all of them.</summary>
public sealed record FacetList(string Title, IReadOnlyList<FacetLink> Links, string? MoreHref = null, string? MoreLabel = null);

/// <summary>One facet value; <see cref="Applied"/> marks the ones already narrowing the results.</summary>
public sealed record FacetLink(string Label, int Count, string Href, bool Applied);

/// <summary>A list of results: the hits, the search they came from (their links narrow that search), and their headings' level.</summary>
public sealed record HitList(IReadOnlyList<Archive.Search.Querying.SearchHit> Hits, Archive.Web.Searching.SearchQuery Query, int HeadingLevel = 2);
