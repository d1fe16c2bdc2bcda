using Archive.Parsing;
using Archive.Search.Querying;
using Archive.Storage.Posts;
using Archive.Storage;
using Archive.Web.Hosting;
using Archive.Web.Pages.Posts;
using Archive.Web.Pages.Shared;
using Archive.Web.Searching;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Api;

/// <summary>The JSON API under /api, rate limited: search with the page's parameters, and one post.</summary>
public static class ApiEndpoints
{
    /// <summary>Sent with every 400 so a caller can fix the request without reading the docs.</summary>
    public static readonly string QueryHelp =
        "q takes words, \"exact phrases\", OR between alternatives, -word to exclude, and prefix* (not *suffix). " +
        $"Filters: from/to=YYYY-MM-DD, tag (repeatable) with tags=any|all, channel (repeatable: any), forwarded=NAME (the source a post was forwarded from), lang={string.Join('|', Languages.All)} (repeatable: any), media=yes|no, copies=yes|no, " +
        $"year (a year the post mentions), sort=relevance|newest|oldest|reactions, page (1-{SearchQuery.MaxPage}); " +
        "cursor (the one in an answer's next) goes on after that answer's hits, as deep as the hits go.";

    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireRateLimiting(ApiRateLimits.Policy).TakeSearchSlot().WithTags("Archive");
        api.MapGet("/search", Search)
            .WithName("SearchPosts")
            .WithSummary("Search posts with the same parameters as the search page.")
            .WithDescription("Pages by page (1-" + SearchQuery.MaxPage + ") or, to read every hit, by following next: its cursor goes on after " +
                "the answer's last hit, without a depth limit, as long as the archive does not change (then 410: start again).")
            .Produces<ApiSearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/posts/{id}", GetPost)
            .WithName("GetPost")
            .WithSummary("One post, whole, as stored.")
            .Produces<ApiPost>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // HEAD answers as GET does, without the body; apart from the GETs so the OpenAPI document lists each operation once.
        api.MapMethods("/search", [HttpMethods.Head], Search).ExcludeFromDescription();
        api.MapMethods("/posts/{id}", [HttpMethods.Head], GetPost).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>/openapi/v1.json, for GET and HEAD.</summary>
    public static IEndpointRouteBuilder MapArchiveOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().WithMetadata(ArchiveSite.ReadOnlyMethods);
        return endpoints;
    }

    private static IResult Search(HttpRequest request, PostSearcher searcher, PublicLinks links)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.Problems.Count > 0)
        {
            return BadQuery(string.Join(" ", query.Problems));
        }
        // A cursor is bound to the search it came with: another search, or an edited cursor, does not read.
        var scope = SiteLinks.CursorScope(query);
        HitCursor? after = null;
        if (request.Query["cursor"].LastOrDefault() is { Length: > 0 } token
            && (after = HitCursor.FromToken(token, scope)) is null)
        {
            return BadQuery("cursor is not one this search gave: take it from an answer's next, unchanged, with the same search parameters.");
        }
        SearchResult result;
        try
        {
            result = searcher.Search(query.ToRequest() with { After = after });
        }
        catch (InvalidQueryException e)
        {
            return BadQuery(e.Message);
        }
        catch (StaleCursorException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "The archive has changed since this cursor", detail: e.Message);
        }
        var hits = result.Hits.Select(h => new ApiHit(
            h.Id,
            links.Absolute(request, SiteLinks.Post(request, h.Id)),
            h.Published,
            DateLabels.Confidence(h.PublishedConfidence),
            h.PublishedEarliest,
            h.PublishedLatest,
            h.Channel,
            h.Language,
            h.Hashtags,
            h.Snippet.Text,
            ApiHit.Pairs(h.Snippet.Highlights),
            h.ForwardedFrom,
            h.HasMedia,
            h.ReactionTotal)
        {
            HasCopies = h.HasCopies,
            CopyChannels = h.CopyChannels,
        }).ToArray();
        var next = result.Next is { } cursor ? links.Absolute(request, SiteLinks.ApiNext(request, query, cursor.ToToken(scope))) : null;
        var page = after is null ? query.Page : after.Seen / SearchQuery.PageSize + 1;
        return Results.Ok(new ApiSearchResponse(
            result.Total, page, SearchQuery.PageSize, Math.Round(result.Elapsed.TotalMilliseconds, 2), result.Notes, hits, ApiFacets.Of(result.Facets), result.Suggestion, result.CorrectedQuery, next));
    }

    private static async Task<IResult> GetPost(string id, HttpRequest request, ArchiveDbContext db, PublicLinks links, CancellationToken ct)
    {
        var post = await db.FindWholeAsync(id, ct);
        if (post is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such post",
                detail: $"There is no post with id '{id}'. Ids are the ones /api/search and the export verb print.");
        }
        var permalink = links.Absolute(request, SiteLinks.Post(request, post.Id));
        var copies = await db.CopiesAsync(post, ct);
        return Results.Ok(new ApiPost(
            post.Id,
            permalink,
            post.Channel.Name,
            post.Channel.Username,
            post.Text,
            post.Language,
            post.Published,
            DateLabels.Confidence(post.PublishedConfidence),
            post.PublishedEarliest,
            post.PublishedLatest,
            post.PublishedAt,
            post.EditedAt,
            post.ForwardedFrom,
            post.HasMedia,
            post.MediaNote,
            post.MessageId,
            post.Author,
            post.Hashtags.Select(h => h.Display).ToArray(),
            post.Reactions.OrderBy(r => r.Order).Select(r => new ApiReaction(r.Emoji, r.Count)).ToArray(),
            post.MentionedDates.Select(d => d.Date).Order().ToArray(),
            post.SourceFile.FileName,
            post.SourceIndex,
            post.SourceFile.ContentHash,
            PostCitation.Text(PostView.From(post), permalink))
        {
            Copies = copies.Copies.Select(c => new ApiCopy(c.Id, c.Channel, c.Published)).ToArray(),
            FirstSeen = copies.FirstSeen,
        });
    }

    private static IResult BadQuery(string problem) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The search could not be read",
        detail: problem,
        extensions: new Dictionary<string, object?> { ["help"] = QueryHelp });
}
