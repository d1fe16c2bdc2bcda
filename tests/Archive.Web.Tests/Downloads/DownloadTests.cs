using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Web.Tests.Pages;

namespace Archive.Web.Tests.Downloads;

/// <summary>/search.csv and /search.jsonl: every hit of the page's search, whole, in its order.</summary>
[Collection(ResultsAppCollection.Name)]
public sealed class DownloadTests(ResultsApp app)
{
    private const string Embassy = "Russian Embassy in the UK";
    private const string ByChannel = "?channel=Russian%20Embassy%20in%20the%20UK&sort=oldest";

    private static readonly string[] Columns =
    [
        "permalink", "channel", "published", "published_earliest", "published_latest", "published_confidence",
        "forwarded_from", "language", "hashtags", "reactions", "has_media", "text",
    ];

    [Fact]
    public async Task A_csv_download_holds_every_hit_of_the_search_in_its_order_with_the_listed_columns()
    {
        var client = app.CreateClient();
        var api = await PageResponses.JsonAsync(client, "/api/search" + ByChannel);
        var total = api.GetProperty("total").GetInt32();
        Assert.True(total > 20, $"the filter finds {total} posts: not more than a page, so the test shows nothing");

        using var response = await client.GetAsync("/search.csv" + ByChannel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^archive-search-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(total.ToString(), response.Headers.GetValues("X-Total-Count").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvRecords.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(Columns, rows[0]);
        var hits = rows[1..];
        Assert.Equal(total, hits.Count);
        Assert.All(hits, row => Assert.Equal(Columns.Length, row.Length));
        Assert.All(hits, row => Assert.Equal(Embassy, row[1]));
        Assert.Equal(total, hits.Select(r => r[0]).Distinct().Count());
        // The first page's hits come first, in the page's order, with the page's permalinks.
        Assert.Equal(api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()), hits.Take(20).Select(r => r[0]));
        Assert.All(hits, row => Assert.Matches("^http://localhost/posts/[a-z2-7]{12}$", row[0]));
        Assert.All(hits, row => Assert.Contains(row[5], new[] { "exact", "explicit", "inferred", "unknown" }));
        Assert.Contains(hits, row => row[11].Contains('\n'));
    }

    [Fact]
    public async Task A_jsonl_download_is_one_object_a_line_for_every_hit()
    {
        var client = app.CreateClient();
        var total = (await PageResponses.JsonAsync(client, "/api/search?q=russia")).GetProperty("total").GetInt32();
        Assert.True(total > 20, $"'russia' finds {total} posts");

        using var response = await client.GetAsync("/search.jsonl?q=russia");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".jsonl", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("", lines[^1]);
        var hits = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(total, hits.Count);
        Assert.All(hits, hit => Assert.Equal(["id", .. Columns], hit.EnumerateObject().Select(p => p.Name)));
        Assert.All(hits, hit => Assert.Equal($"http://localhost/posts/{hit.GetProperty("id").GetString()}", hit.GetProperty("permalink").GetString()));
        Assert.All(hits, hit => Assert.Matches("(?i)russia|росси", hit.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_whole_archive_downloads_when_the_search_is_empty()
    {
        var client = app.CreateClient();
        var total = (await PageResponses.JsonAsync(client, "/api/search")).GetProperty("total").GetInt32();

        var lines = (await client.GetStringAsync("/search.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(total, lines.Length);
        Assert.Equal(total, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task The_search_page_links_both_downloads_with_its_query_and_count()
    {
        var client = app.CreateClient();
        var total = (await PageResponses.JsonAsync(client, "/api/search?q=russia")).GetProperty("total").GetInt32();

        var page = await PageResponses.PageAsync(client, "/?q=russia&page=2");

        var downloads = page.QuerySelector(".downloads");
        Assert.NotNull(downloads);
        Assert.StartsWith($"Download {total:N0} results:", downloads.TextContent.Trim());
        Assert.Equal(["/search.csv?q=russia", "/search.jsonl?q=russia"],
            downloads.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(downloads.QuerySelectorAll("a"), a => Assert.True(a.HasAttribute("download")));

        var nothing = await PageResponses.PageAsync(client, "/?q=zzzqqqxxx");
        Assert.Null(nothing.QuerySelector(".downloads"));
    }

    [Theory]
    [InlineData("/search.csv?from=yesterday", "from must be a date")]
    [InlineData("/search.jsonl?lang=klingon", "lang must be")]
    [InlineData("/search.csv?q=%22", "")]
    public async Task A_query_that_cannot_be_read_is_a_400_problem_naming_it(string url, string reason)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.Contains(reason, detail);
    }

    [Fact]
    public async Task Head_answers_the_headers_and_the_count_without_the_file()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/search.csv" + ByChannel);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single()) > 20);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
