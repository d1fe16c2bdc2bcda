using System.Diagnostics;
using System.Globalization;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Export;
using Archive.Web.Searching;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Downloads;

/// <summary>
/// /search.csv and /search.jsonl: every hit of a search (the page's query string, read by the page's reader), whole,
/// streamed a page of hits at a time so a million hits hold no more memory than ten.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapArchiveDownloads(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Jsonl })
        {
            // A download is a search that runs to its end: it waits for a slot like one.
            endpoints.MapMethods($"/search.{Extension(format)}", [HttpMethods.Get, HttpMethods.Head],
                    (HttpContext context, PostSearcher searcher, ArchiveDbContext db, PublicLinks links, TimeProvider clock, ILogger<HitExporter> logger) =>
                        DownloadAsync(context, searcher, db, links, clock, logger, format))
                .TakeSearchSlot().ExcludeFromDescription();
        }
        return endpoints;
    }

    /// <summary>The file's extension in links and names: "csv" or "jsonl".</summary>
    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "jsonl";

    private static async Task DownloadAsync(HttpContext context, PostSearcher searcher, ArchiveDbContext db, PublicLinks links,
        TimeProvider clock, ILogger logger, ExportFormat format)
    {
        var request = context.Request;
        var query = SearchQuery.Parse(request.Query);
        if (query.Problems.Count > 0)
        {
            await BadQuery(string.Join(" ", query.Problems)).ExecuteAsync(context);
            return;
        }
        HitStream hits;
        try
        {
            hits = searcher.AllHits(query.ToRequest(withFacets: false));
        }
        catch (InvalidQueryException e)
        {
            await BadQuery(e.Message).ExecuteAsync(context);
            return;
        }
        using (hits)
        {
            var clockStart = Stopwatch.StartNew();
            var response = context.Response;
            response.ContentType = format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
            var name = $"archive-search-{clock.GetUtcNow():yyyy-MM-dd}.{Extension(format)}";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
            // What the page said ("Download 1,234 results"), for a script to check the file against.
            response.Headers["X-Total-Count"] = hits.Total.ToString(CultureInfo.InvariantCulture);
            if (HttpMethods.IsHead(request.Method))
            {
                return;
            }
            var written = await new HitExporter(db, links.Absolute(request, request.PathBase))
                .WriteAsync(hits.Pages, response.Body, format, context.RequestAborted);
            logger.LogInformation("Downloaded {Hits} hits of {Query} as {Format} in {ElapsedMs} ms",
                written, query.ToQueryString(), Extension(format), clockStart.ElapsedMilliseconds);
        }
    }

    private static IResult BadQuery(string problem) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The search to download could not be read",
        detail: problem);
}
