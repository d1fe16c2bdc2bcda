using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

using static Archive.Web.Tests.Pages.PageResponses;
namespace Archive.Web.Tests.Pages.Search;

/// <summary>
/// What a new user reads on the search page (issue 19): clean addresses, titles that name the search, a heading that says
/// the order, counts in the singular, a misspelt query answered with its correction, and the query syntax page.
/// "Yalta" is in many demo posts tagged #OSCE; "negotiations" is in 19 of them and "negotiatons" in none.
/// </summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed partial class SearchPageWordsTests(ProbeArchiveApp app)
{
    [Fact]
    public async Task A_search_with_empty_parameters_redirects_to_the_address_without_them()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/?q=%D0%AF%D0%BB%D1%82%D0%B0&from=&to=&channel=&lang=&media=&year=&sort=");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently, $"answered {(int)response.StatusCode}");
        Assert.Equal("/?q=%D0%AF%D0%BB%D1%82%D0%B0", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_search_without_empty_parameters_is_not_redirected()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/?q=Yalta&tag=OSCE");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Last_month_and_last_year_count_back_from_the_newest_post_not_from_today()
    {
        var client = app.CreateClient();
        var newest = (await JsonAsync(client, "/api/search?sort=newest&page_size=1")).GetProperty("hits")[0].GetProperty("published").GetString()!;
        var day = DateOnly.ParseExact(newest, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var document = await PageAsync(client, "/?q=Yalta");
        var picks = document.QuerySelectorAll(".quick-picks a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href") ?? "");

        Assert.Contains($"to={newest}", picks["Last month"]);
        Assert.Contains($"from={day.AddMonths(-1):yyyy-MM-dd}", picks["Last month"]);
        Assert.Contains($"from={day.AddYears(-1):yyyy-MM-dd}&to={newest}", picks["Last year"]);
        Assert.Contains("Up to the newest post", document.QuerySelector(".quick-picks")!.TextContent);
        // Counting back from the newest post, the pick always finds something in an archive of past years.
        var lastMonth = await JsonAsync(client, $"/api/search?from={day.AddMonths(-1):yyyy-MM-dd}&to={newest}");
        Assert.True(lastMonth.GetProperty("total").GetInt32() > 0, "the archive's last month is empty");
    }

    [Fact]
    public async Task The_title_names_the_query_and_the_filters()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=Yalta&tag=OSCE&from=2022&to=2022");

        Assert.Equal("Yalta · #OSCE · 2022 – Archive", document.Title);
    }

    [Theory]
    [InlineData("sort=oldest", "oldest first")]
    [InlineData("sort=reactions", "most reactions")]
    [InlineData("sort=relevance", "best match")]
    [InlineData("sort=newest", "newest first")]
    public async Task The_heading_says_the_order_the_results_are_in(string sort, string said)
    {
        var document = await PageAsync(app.CreateClient(), $"/?q=Yalta&{sort}");

        var heading = document.QuerySelector("h1.result-summary")!.TextContent;
        Assert.Contains(said, heading);
        Assert.DoesNotContain(said == "newest first" ? "best match" : "newest first", heading);
    }

    [Fact]
    public async Task The_sort_switch_sits_beside_the_results_and_links_each_order()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=Yalta");

        var sorts = document.QuerySelector("[data-results] nav.sort-switch");
        Assert.NotNull(sorts);
        Assert.Equal("Best match", sorts.QuerySelector("[aria-current]")?.TextContent);
        Assert.Equal(
            ["/?q=Yalta&sort=newest", "/?q=Yalta&sort=oldest", "/?q=Yalta&sort=reactions"],
            sorts.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=parade")]
    [InlineData("/?q=Yalta")]
    [InlineData("/channels")]
    [InlineData("/tags")]
    [InlineData("/about")]
    public async Task No_count_of_one_is_in_the_plural(string url)
    {
        var document = await PageAsync(app.CreateClient(), url);

        var read = document.Body!.TextContent + " " + string.Join(" ", document.QuerySelectorAll("[aria-label]").Select(e => e.GetAttribute("aria-label")));
        var plural = OneInThePlural().Match(read);
        Assert.False(plural.Success, $"{url} says '{plural.Value}'");
    }

    [Fact]
    public async Task A_facet_count_of_one_is_read_out_as_one_post()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=parade");

        Assert.Contains(document.QuerySelectorAll(".facets .count[aria-label]"), count => count.GetAttribute("aria-label") == "1 post");
    }

    [Fact]
    public async Task A_misspelt_query_that_finds_nothing_shows_the_results_of_its_correction()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=negotiatons");

        Assert.NotEmpty(document.QuerySelectorAll("ol.hits > li"));
        var notice = document.QuerySelector(".notice.corrected");
        Assert.NotNull(notice);
        Assert.Contains("Showing results for negotiations", notice.TextContent);
        var instead = notice.QuerySelectorAll("a").Last();
        Assert.Equal("/?q=negotiatons&exact=1", instead.GetAttribute("href"));
        Assert.StartsWith("negotiations", document.Title);
    }

    [Fact]
    public async Task Search_instead_for_the_words_typed_finds_nothing_and_suggests()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=negotiatons&exact=1");

        Assert.Empty(document.QuerySelectorAll("ol.hits > li"));
        Assert.Null(document.QuerySelector(".notice.corrected"));
        Assert.Contains("negotiations", document.QuerySelector(".suggestion")!.TextContent);
    }

    [Fact]
    public async Task The_API_says_which_corrected_query_its_hits_are_for()
    {
        var client = app.CreateClient();

        var corrected = await JsonAsync(client, "/api/search?q=negotiatons");
        Assert.Equal("negotiations", corrected.GetProperty("corrected_query").GetString());
        Assert.True(corrected.GetProperty("total").GetInt32() > 0);

        var exact = await JsonAsync(client, "/api/search?q=negotiatons&exact=1");
        Assert.Equal(JsonValueKind.Null, exact.GetProperty("corrected_query").ValueKind);
        Assert.Equal(0, exact.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_query_that_finds_something_is_never_rewritten()
    {
        var found = await JsonAsync(app.CreateClient(), "/api/search?q=negotiations");

        Assert.Equal(JsonValueKind.Null, found.GetProperty("corrected_query").ValueKind);
        Assert.True(found.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task The_search_box_links_the_query_syntax_page()
    {
        var document = await PageAsync(app.CreateClient(), "/");

        Assert.NotNull(document.QuerySelector("#query-help a[href='/help']"));
    }

    [Fact]
    public async Task Every_example_on_the_help_page_finds_at_least_one_post()
    {
        var client = app.CreateClient();
        var help = await PageAsync(client, "/help");

        var examples = help.QuerySelectorAll("main a[href^='/?']").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.True(examples.Length >= 10, $"only {examples.Length} example links");
        foreach (var example in examples)
        {
            var results = await PageAsync(client, example);
            Assert.True(results.QuerySelectorAll("ol.hits > li").Length > 0, $"{example} finds nothing");
            Assert.Null(results.QuerySelector(".notice.corrected"));
        }
    }

    [GeneratedRegex(@"(?<![\d,.])1 (posts|results|reactions|channels|hashtags|files)\b")]
    private static partial Regex OneInThePlural();
}
