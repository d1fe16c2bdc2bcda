using System.ComponentModel;
using Archive.Search.Querying;
using Archive.Search.Snippets;

namespace Archive.Web.Api;

// The API's JSON (snake_case on the wire): what it promises stays here, apart from the library records it is read from.
// The [Description]s are what /openapi/v1.json says of each field.

/// <summary>GET /api/search: one page of hits and the facets of the whole result.</summary>
public sealed record ApiSearchResponse(
    [property: Description("How many posts match the query and filters, on all pages.")]
    int Total,
    [property: Description("This page's number, from 1 (for a page reached by cursor, its place counted in pages of page_size).")]
    int Page,
    [property: Description("Hits per page.")]
    int PageSize,
    [property: Description("How long the search took in the app, in milliseconds.")]
    double ElapsedMs,
    [property: Description("How the query was read when it was not taken as typed (a dropped wildcard, a cut query).")]
    IReadOnlyList<string> Notes,
    [property: Description("This page's hits, best first (or in the order of sort).")]
    IReadOnlyList<ApiHit> Hits,
    [property: Description("Counts per hashtag, channel, language, year and month (\"YYYY-MM\") over all the matching posts.")]
    ApiFacets Facets,
    [property: Description("\"Did you mean\": a corrected query when this one found nothing; null otherwise.")]
    string? Suggestion,
    [property: Description("When the query found nothing and its spelling correction was confident, the corrected query these hits are for (exact=1 turns this off); null when the hits are for the query as typed.")]
    string? CorrectedQuery,
    [property: Description("The URL of the hits after these (the same search with a cursor), or null when these are the last. Following next reads every hit once, past the page limit, while the archive does not change; after a change it answers 410 and the search starts again.")]
    string? Next);

/// <summary>The facet counts of a search: how many of all its hits have each value.</summary>
public sealed record ApiFacets(
    [property: Description("The 50 hashtags (without '#') most hits carry, and how many carry each, most first.")]
    IReadOnlyList<ApiFacetCount> Hashtags,
    [property: Description("The 50 channels with most hits, and how many each has, most first.")]
    IReadOnlyList<ApiFacetCount> Channels,
    [property: Description("Languages (en, ru, mixed) and how many hits are in each, most first.")]
    IReadOnlyList<ApiFacetCount> Languages,
    [property: Description("Publication years (YYYY) and how many hits were published in each, most first.")]
    IReadOnlyList<ApiFacetCount> Years,
    [property: Description("Publication months (YYYY-MM) and how many hits were published in each, oldest first: the timeline.")]
    IReadOnlyList<ApiFacetCount> Months,
    [property: Description("The 50 sources most hits were forwarded from (as the posts name them), and how many each, most first; forwarded=NAME filters by one.")]
    IReadOnlyList<ApiFacetCount> ForwardedFrom)
{
    public static ApiFacets Of(SearchFacets facets) =>
        new(Counts(facets.Hashtags), Counts(facets.Channels), Counts(facets.Languages), Counts(facets.Years), Counts(facets.Months),
            Counts(facets.ForwardedFrom));

    private static ApiFacetCount[] Counts(IReadOnlyList<FacetCount> counts) => counts.Select(c => new ApiFacetCount(c.Value, c.Count)).ToArray();
}

/// <summary>One value of a facet and its count.</summary>
public sealed record ApiFacetCount(
    [property: Description("The value: a hashtag, a channel, a language code, a year, a month or a forward source.")]
    string Value,
    [property: Description("How many of the search's hits have it.")]
    int Count);

/// <summary>One hit: the post's stored facts and a snippet of its text as plain text with the ranges to highlight.</summary>
public sealed record ApiHit(
    [property: Description("The post's id, as /api/posts/{id} takes it.")]
    string Id,
    [property: Description("The post's page.")]
    string Url,
    [property: Description("Publication date (YYYY-MM-DD), or null when unknown; for an inferred date, the best day inside its range (what sorting uses).")]
    DateOnly? Published,
    [property: Description("How sure the date is: exact, explicit, inferred or unknown.")]
    string PublishedConfidence,
    [property: Description("The first day (YYYY-MM-DD) the post can have been published on: published itself unless inferred; for an inferred date, the day of the dated post before it; null when nothing bounds it.")]
    DateOnly? PublishedEarliest,
    [property: Description("The last day (YYYY-MM-DD) the post can have been published on: published itself unless inferred; for an inferred date, the day of the dated post after it; null when nothing bounds it.")]
    DateOnly? PublishedLatest,
    [property: Description("The channel's name.")]
    string Channel,
    [property: Description("en, ru or mixed.")]
    string Language,
    [property: Description("The post's hashtags, without '#'.")]
    IReadOnlyList<string> Hashtags,
    [property: Description("Plain text (not HTML, not escaped): the part of the post around the matched words, with \"… \" before and \" …\" after where the post goes on.")]
    string Snippet,
    [property: Description("The matched words in snippet, as [start, length] pairs in UTF-16 code units of snippet (JavaScript string indices), ascending and not overlapping.")]
    IReadOnlyList<int[]> Highlights,
    [property: Description("The channel or person the post was forwarded from, if any.")]
    string? ForwardedFrom,
    [property: Description("Whether the post has a photo, video or file.")]
    bool HasMedia,
    [property: Description("All its reactions, summed.")]
    int ReactionTotal)
{
    [Description("Whether other posts in the archive carry the same or nearly the same text (copies=yes finds these).")]
    public bool HasCopies { get; init; }

    [Description("How many channels besides this post's own its copies are in (\"also in 3 channels\"); 0 without copies.")]
    public int CopyChannels { get; init; }

    /// <summary>The ranges as [start, length] pairs, the shape the API and the CLI send.</summary>
    public static int[][] Pairs(IReadOnlyList<TextRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return [];
        }
        var pairs = new int[ranges.Count][];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = [ranges[i].Start, ranges[i].Length];
        }
        return pairs;
    }
}

/// <summary>GET /api/posts/{id}: the whole post as stored; text is plain (not HTML).</summary>
public sealed record ApiPost(
    [property: Description("The post's id.")]
    string Id,
    [property: Description("The post's page.")]
    string Url,
    [property: Description("The channel's name.")]
    string Channel,
    [property: Description("The channel's public Telegram username, when known.")]
    string? ChannelUsername,
    [property: Description("The whole text, plain (not HTML).")]
    string Text,
    [property: Description("en, ru or mixed.")]
    string Language,
    [property: Description("Publication date (YYYY-MM-DD), or null when unknown; for an inferred date, the best day inside its range (what sorting uses).")]
    DateOnly? Published,
    [property: Description("How sure the date is: exact, explicit, inferred or unknown.")]
    string PublishedConfidence,
    [property: Description("The first day (YYYY-MM-DD) the post can have been published on: published itself unless inferred; for an inferred date, the day of the dated post before it; null when nothing bounds it.")]
    DateOnly? PublishedEarliest,
    [property: Description("The last day (YYYY-MM-DD) the post can have been published on: published itself unless inferred; for an inferred date, the day of the dated post after it; null when nothing bounds it.")]
    DateOnly? PublishedLatest,
    [property: Description("The exact publication instant with its offset, when the source has one (Telegram exports).")]
    DateTimeOffset? PublishedAt,
    [property: Description("When the post was last edited, when the source says.")]
    DateTimeOffset? EditedAt,
    [property: Description("The channel or person the post was forwarded from, if any.")]
    string? ForwardedFrom,
    [property: Description("Whether the post has a photo, video or file.")]
    bool HasMedia,
    [property: Description("What the source says of the media, if anything.")]
    string? MediaNote,
    [property: Description("The Telegram message id, when the source has one.")]
    long? MessageId,
    [property: Description("Who signed the post, when it is not just the channel.")]
    string? Author,
    [property: Description("The post's hashtags, without '#'.")]
    IReadOnlyList<string> Hashtags,
    [property: Description("Reactions in the source's order.")]
    IReadOnlyList<ApiReaction> Reactions,
    [property: Description("Dates the text mentions (YYYY-MM-DD), ascending.")]
    IReadOnlyList<DateOnly> MentionedDates,
    [property: Description("The dump file the post came from.")]
    string SourceFile,
    [property: Description("The post's place in that file, from 0.")]
    int SourceIndex,
    [property: Description("The source file's SHA-256 (lowercase hex), as stored when it was ingested.")]
    string SourceSha256,
    [property: Description("A plain-text citation of the post, as its page's Cite shows it: the channel, \" · \", the date with how sure it is (an inferred date as its range), the permalink, the source file and the post's place in it (from 1), and the file's SHA-256; lines separated by \"\\n\".")]
    string Citation)
{
    [Description("Other posts that carry the same or nearly the same text (found when they were ingested, in any channel or file), oldest first; empty when none.")]
    public IReadOnlyList<ApiCopy> Copies { get; init; } = [];

    [Description("The id of the earliest of this post and its copies (by date, then time, then the order they were stored): this post's own id when it came first or has no copies.")]
    public string FirstSeen { get; init; } = "";
}

/// <summary>A copy of a post: another post with the same or nearly the same text.</summary>
public sealed record ApiCopy(
    [property: Description("The copy's id (/api/posts/{id}).")]
    string Id,
    [property: Description("The channel the copy is in.")]
    string Channel,
    [property: Description("The copy's publication date (YYYY-MM-DD), or null when unknown.")]
    DateOnly? Published);

/// <summary>One reaction and how many gave it.</summary>
public sealed record ApiReaction(
    [property: Description("The reaction's emoji.")]
    string Emoji,
    [property: Description("How many gave it.")]
    int Count);
