using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Search.Querying;
using Archive.Web.Hosting;
using Archive.Web.Pages.Shared;
using Archive.Web.Searching;

namespace Archive.Web.Feeds;

/// <summary>/feed: an Atom feed of any search, newest first. /opensearch.xml: lets a browser add the archive as a search engine.</summary>
public static class FeedEndpoints
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int FeedSize = 50;

    public static IEndpointRouteBuilder MapArchiveFeeds(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too: a feed reader or a link checker asks for the headers alone.
        endpoints.MapMethods("/feed", [HttpMethods.Get, HttpMethods.Head], Feed).TakeSearchSlot().ExcludeFromDescription();
        endpoints.MapMethods("/opensearch.xml", [HttpMethods.Get, HttpMethods.Head], OpenSearch).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Feed(HttpRequest request, PostSearcher searcher, PublicLinks links, TimeProvider clock)
    {
        var query = SearchQuery.Parse(request.Query) with { Page = 1, Sort = SearchSort.Newest };
        if (query.Problems.Count > 0)
        {
            return Results.Problem(statusCode: 400, title: "The feed's search could not be read", detail: string.Join(" ", query.Problems));
        }
        SearchResult result;
        try
        {
            result = searcher.Search(query.ToRequest(withFacets: false, pageSize: FeedSize));
        }
        catch (InvalidQueryException e)
        {
            return Results.Problem(statusCode: 400, title: "The feed's search could not be read", detail: e.Message);
        }

        var self = links.Absolute(request, SiteLinks.Feed(request, query with { Sort = null }));
        var alternate = links.Absolute(request, SiteLinks.Search(request, query with { Sort = null }));
        // Built in memory (a page of 50 entries) so nothing writes to the response synchronously.
        var body = new MemoryStream();
        using (var writer = XmlWriter.Create(body, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("id", self);
            writer.WriteElementString("title", XmlSafeText.Of(query.HasWords ? $"Archive: {query.Q}" : "Archive: newest posts"));
            writer.WriteElementString("updated", Updated(result.Hits.Count > 0 ? result.Hits[0].Published : null, clock));
            WriteLink(writer, "self", self, "application/atom+xml");
            WriteLink(writer, "alternate", alternate, "text/html");
            writer.WriteStartElement("author");
            writer.WriteElementString("name", "Archive");
            writer.WriteEndElement();
            foreach (var hit in result.Hits)
            {
                var url = links.Absolute(request, SiteLinks.Post(request, hit.Id));
                writer.WriteStartElement("entry");
                writer.WriteElementString("id", url);
                // The title shows an inferred date as its range; <updated> keeps the best day (Atom needs one instant).
                writer.WriteElementString("title", XmlSafeText.Of($"{hit.Channel} · {DateLabels.Published(hit.Published, hit.PublishedConfidence, hit.PublishedEarliest, hit.PublishedLatest)}"));
                writer.WriteElementString("updated", Updated(hit.Published, clock));
                WriteLink(writer, "alternate", url, "text/html");
                foreach (var tag in hit.Hashtags)
                {
                    writer.WriteStartElement("category");
                    writer.WriteAttributeString("term", XmlSafeText.Of(tag));
                    writer.WriteEndElement();
                }
                // The snippet as the page shows it (escaped text plus <mark>); type="html" carries that HTML escaped once
                // more, as Atom requires.
                writer.WriteStartElement("summary");
                writer.WriteAttributeString("type", "html");
                writer.WriteString(XmlSafeText.Of(new SnippetHtml(hit.Snippet).ToHtmlString()));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Results.Bytes(body.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static IResult OpenSearch(HttpRequest request, PublicLinks links)
    {
        var root = links.Absolute(request, $"{request.PathBase}/");
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartElement("OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/");
            writer.WriteElementString("ShortName", "Archive");
            writer.WriteElementString("Description", "Search the channel post archive");
            writer.WriteElementString("InputEncoding", "UTF-8");
            writer.WriteStartElement("Image");
            writer.WriteAttributeString("type", "image/svg+xml");
            writer.WriteString(links.Absolute(request, $"{request.PathBase}/favicon.svg"));
            writer.WriteEndElement();
            WriteUrl(writer, "text/html", root + "?q={searchTerms}");
            WriteUrl(writer, "application/atom+xml", root + "feed?q={searchTerms}");
            writer.WriteEndElement();
        }
        return Results.Text(xml.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal),
            "application/opensearchdescription+xml; charset=utf-8", Encoding.UTF8);
    }

    private static void WriteUrl(XmlWriter writer, string type, string template)
    {
        writer.WriteStartElement("Url");
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("template", template);
        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>Atom wants an instant; a post has a day (or none: then now, so the feed still validates).</summary>
    private static string Updated(DateOnly? date, TimeProvider clock) =>
        (date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : clock.GetUtcNow())
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
