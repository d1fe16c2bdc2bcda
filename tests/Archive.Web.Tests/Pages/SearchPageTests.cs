using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

using static Archive.Web.Tests.Pages.PageResponses;
namespace Archive.Web.Tests.Pages;

/// <summary>
/// The search page and API over the demo dumps. Expected posts come from reading data/demo: "parade" is in two posts of
/// "Russian diplomacy, history (English)" (000_abad6c2d1bf5c3df: the 1945 Berlin allied parade, both mentioning the Brandenburg Gate); forms of "Сингапур"
/// are in three posts of the Russian Embassy in Singapore (002_6ee4fa6b530b69cc: the Maslenitsa screening, the Sarafan exhibition, the consultations).
/// </summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class SearchPageTests(ProbeArchiveApp app)
{
    private const string ParadeChannel = "Russian diplomacy, history (English)";
    private const string SingaporeChannel = "Russian Embassy in Singapore";
    private static readonly string SingaporeInUrl = Uri.EscapeDataString(SingaporeChannel);

    [Fact]
    public async Task An_English_query_lists_the_two_Berlin_parade_posts()
    {
        var document = await PageAsync(app.CreateClient(), "/?q=parade");

        var hits = document.QuerySelectorAll("ol.hits > li");
        Assert.Equal(2, hits.Length);
        Assert.All(hits, hit => Assert.Contains(ParadeChannel, hit.TextContent));
        Assert.Contains("2 results", document.QuerySelector("h1.result-summary")!.TextContent);
        Assert.All(hits, hit => Assert.Contains(hit.QuerySelectorAll("mark"), m => m.TextContent.Equals("parade", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_filter_that_leaves_nothing_is_offered_for_removal_with_what_removing_it_finds()
    {
        // "parade" is only in the parade channel's two posts: in the Singapore channel nothing is left.
        var document = await PageAsync(app.CreateClient(), $"/?q=parade&channel={SingaporeInUrl}");

        Assert.Empty(document.QuerySelectorAll("ol.hits > li"));
        var offer = Assert.Single(document.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Without channel", StringComparison.Ordinal));
        Assert.Equal("/?q=parade", offer.GetAttribute("href"));
        Assert.Contains("(2 results)", offer.ParentElement!.TextContent);
    }

    [Fact]
    public async Task A_Russian_query_in_the_nominative_finds_the_three_Singapore_posts_in_other_cases()
    {
        var client = app.CreateClient();
        var result = await JsonAsync(client, "/api/search?q=" + Uri.EscapeDataString("Сингапур"));

        Assert.Equal(3, result.GetProperty("total").GetInt32());
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            Assert.Equal(SingaporeChannel, hit.GetProperty("channel").GetString());
            var post = await JsonAsync(client, "/api/posts/" + hit.GetProperty("id").GetString());
            Assert.Contains("сингапур", post.GetProperty("text").GetString()!.ToLowerInvariant());
        }
        var page = await PageAsync(client, "/?q=" + Uri.EscapeDataString("Сингапур"));
        Assert.Equal(3, page.QuerySelectorAll("ol.hits > li").Length);
    }

    [Fact]
    public async Task Each_filter_narrows_the_newest_posts_to_the_posts_it_names()
    {
        var client = app.CreateClient();
        var all = (await JsonAsync(client, "/api/search")).GetProperty("total").GetInt32();
        Assert.Equal(app.Query(db => db.Posts.Count()), all);

        var inChannel = await JsonAsync(client, $"/api/search?channel={SingaporeInUrl}");
        Assert.Equal(app.Query(db => db.Posts.Count(p => p.Channel.Name == SingaporeChannel)), inChannel.GetProperty("total").GetInt32());
        Assert.InRange(inChannel.GetProperty("total").GetInt32(), 1, all - 1);
        Assert.All(inChannel.GetProperty("hits").EnumerateArray(), h => Assert.Equal(SingaporeChannel, h.GetProperty("channel").GetString()));

        var russian = await JsonAsync(client, "/api/search?lang=ru");
        Assert.Equal(app.Query(db => db.Posts.Count(p => p.Language == "ru")), russian.GetProperty("total").GetInt32());
        Assert.All(russian.GetProperty("hits").EnumerateArray(), h => Assert.Equal("ru", h.GetProperty("language").GetString()));

        var from = new DateOnly(2025, 1, 1);
        var since2025 = await JsonAsync(client, "/api/search?from=2025-01-01&sort=oldest");
        Assert.Equal(app.Query(db => db.Posts.Count(p => p.Published >= from)), since2025.GetProperty("total").GetInt32());
        Assert.All(since2025.GetProperty("hits").EnumerateArray(),
            h => Assert.True(string.CompareOrdinal(h.GetProperty("published").GetString(), "2025-01-01") >= 0, $"{h.GetProperty("published")} is before the from date"));

        var tagged = await JsonAsync(client, "/api/search?tag=OSCE");
        Assert.Equal(app.Query(db => db.Posts.Count(p => p.Hashtags.Any(t => t.Name == "osce"))), tagged.GetProperty("total").GetInt32());
        Assert.All(tagged.GetProperty("hits").EnumerateArray(),
            h => Assert.Contains("OSCE", h.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()), StringComparer.OrdinalIgnoreCase));

        var both = await JsonAsync(client, $"/api/search?q=parade&channel={SingaporeInUrl}");
        Assert.Equal(0, both.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Facet_counts_match_the_store()
    {
        var facets = (await JsonAsync(app.CreateClient(), "/api/search")).GetProperty("facets");

        var channels = app.Query(db => db.Posts.GroupBy(p => p.Channel.Name).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count));
        var channelFacets = facets.GetProperty("channels").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(channels.OrderBy(c => c.Key), channelFacets.OrderBy(c => c.Key));

        var languages = app.Query(db => db.Posts.GroupBy(p => p.Language).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count));
        var languageFacets = facets.GetProperty("languages").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(languages.OrderBy(c => c.Key), languageFacets.OrderBy(c => c.Key));

        var hashtagFacets = facets.GetProperty("hashtags").EnumerateArray().ToArray();
        Assert.NotEmpty(hashtagFacets);
        foreach (var facet in hashtagFacets)
        {
            var name = facet.GetProperty("value").GetString()!.ToLowerInvariant();
            var inStore = app.Query(db => db.Posts.Count(p => p.Hashtags.Any(t => t.Name == name)));
            Assert.True(inStore == facet.GetProperty("count").GetInt32(), $"#{name}: facet says {facet.GetProperty("count")}, the store has {inStore}");
        }
    }

    [Fact]
    public async Task Clicking_a_facet_link_narrows_and_shows_a_chip_that_removes_it()
    {
        var client = app.CreateClient();
        var page = await PageAsync(client, "/");
        var facet = page.QuerySelectorAll("a.facet-value").OfType<IHtmlAnchorElement>()
            .First(a => a.GetAttribute("href")!.Contains("channel=" + SingaporeInUrl, StringComparison.Ordinal));

        var narrowed = await PageAsync(client, facet.GetAttribute("href")!);

        var expected = app.Query(db => db.Posts.Count(p => p.Channel.Name == SingaporeChannel));
        Assert.Contains($"{expected} post", narrowed.QuerySelector("h1.result-summary")!.TextContent);
        var chip = narrowed.QuerySelector(".chips a.chip")!;
        Assert.Contains(SingaporeChannel, chip.TextContent);
        Assert.DoesNotContain("channel=", chip.GetAttribute("href")!);
    }

    [Fact]
    public async Task The_second_page_continues_where_the_first_ends()
    {
        var client = app.CreateClient();
        var first = await JsonAsync(client, "/api/search?sort=oldest");
        var second = await JsonAsync(client, "/api/search?sort=oldest&page=2");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 20, "the demo archive should fill more than one page");

        var firstIds = first.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToArray();
        var secondIds = second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToArray();
        Assert.Equal(20, firstIds.Length);
        Assert.Equal(Math.Min(20, total - 20), secondIds.Length);
        Assert.Empty(firstIds.Intersect(secondIds));

        var page = await PageAsync(client, "/?sort=oldest&page=2");
        Assert.NotNull(page.QuerySelector("nav.pager [aria-current=page]"));
        Assert.Equal("2", page.QuerySelector("nav.pager [aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_misspelled_query_that_finds_nothing_offers_the_spelling_that_finds_the_parade_posts()
    {
        var client = app.CreateClient();
        // exact=1: the words as typed; without it a confident correction's results are shown at once (issue 19).
        var result = await JsonAsync(client, "/api/search?q=parsde&exact=1");
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal("parade", result.GetProperty("suggestion").GetString());

        var page = await PageAsync(client, "/?q=parsde&exact=1");
        var link = page.QuerySelector(".suggestion a") as IHtmlAnchorElement;
        Assert.NotNull(link);
        Assert.Equal("parade", link!.TextContent.Trim());
        var corrected = await PageAsync(client, link.GetAttribute("href")!);
        Assert.Equal(2, corrected.QuerySelectorAll("ol.hits > li").Length);
    }

    [Fact]
    public async Task The_API_answers_in_the_documented_shape()
    {
        var result = await JsonAsync(app.CreateClient(), "/api/search?q=parade");

        Assert.Equal(2, result.GetProperty("total").GetInt32());
        foreach (var facet in new[] { "hashtags", "channels", "languages", "years" })
        {
            Assert.Equal(JsonValueKind.Array, result.GetProperty("facets").GetProperty(facet).ValueKind);
        }
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("id").GetString()!;
            Assert.EndsWith("/posts/" + id, hit.GetProperty("url").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", hit.GetProperty("published").GetString()!);
            Assert.Contains(hit.GetProperty("published_confidence").GetString(), new[] { "exact", "explicit", "inferred", "unknown" });
            Assert.Equal(ParadeChannel, hit.GetProperty("channel").GetString());
            Assert.Equal("en", hit.GetProperty("language").GetString());
            Assert.Contains("WeWereAllies", hit.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()));
            var snippet = hit.GetProperty("snippet").GetString()!;
            Assert.Contains(hit.GetProperty("highlights").EnumerateArray(),
                pair => snippet.Substring(pair[0].GetInt32(), pair[1].GetInt32()).Equals("parade", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_post_id_from_the_search_API_opens_that_post_in_the_API_and_as_a_page()
    {
        var client = app.CreateClient();
        var hit = (await JsonAsync(client, "/api/search?q=parade")).GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString()!;

        var post = await JsonAsync(client, "/api/posts/" + id);
        Assert.Equal(id, post.GetProperty("id").GetString());
        Assert.Equal(ParadeChannel, post.GetProperty("channel").GetString());
        Assert.Contains("Brandenburg Gate", post.GetProperty("text").GetString());
        var stored = app.Query(db => db.Posts.AsNoTracking().Single(p => p.Id == id).Text);
        Assert.Equal(stored, post.GetProperty("text").GetString());

        var page = await PageAsync(client, "/posts/" + id);
        Assert.Contains("Brandenburg Gate", page.QuerySelector("article.post .post-text")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".related ol.hits > li"));
        Assert.NotNull(page.QuerySelector(".neighbours a[rel=prev], .neighbours a[rel=next]"));
    }

    [Fact]
    public async Task Tags_channels_and_about_list_what_the_store_holds()
    {
        var client = app.CreateClient();
        var tags = await PageAsync(client, "/tags");
        var tagCount = app.Query(db => db.Hashtags.Count(h => h.Posts.Any()));
        Assert.Contains("#OSCE", tags.Body!.TextContent);
        Assert.Contains("#Lighthouses", tags.Body!.TextContent);
        Assert.True(tags.QuerySelectorAll("a[href*='tag=']").Length >= tagCount, $"fewer tag links than the {tagCount} hashtags in the store");

        var channels = await PageAsync(client, "/channels");
        foreach (var name in app.Query(db => db.Channels.Select(c => c.Name).ToArray()))
        {
            Assert.Contains(name, channels.Body!.TextContent);
        }

        var about = await PageAsync(client, "/about");
        Assert.Contains(app.Query(db => db.Posts.Count()).ToString(), about.Body!.TextContent);
        var rejected = Assert.Single(about.QuerySelectorAll("#rejected-title ~ * tbody tr"));
        Assert.Equal(ProbeArchiveApp.EmptyDump, rejected.QuerySelector("th")!.TextContent);
        Assert.Contains("empty", rejected.QuerySelectorAll("td").Last().TextContent);
    }

    [Fact]
    public async Task Tags_channels_and_about_count_each_row_as_the_posts_in_the_store_do()
    {
        // The expected figures are counted here from the posts' rows, not by SQL as the pages count them.
        var posts = app.Query(db => db.Posts.AsNoTracking()
            .Select(p => new { Channel = p.Channel.Name, p.Language, p.Published, Tags = p.Hashtags.Select(h => h.Name).ToList() })
            .ToList());
        var client = app.CreateClient();

        var tagPosts = posts.SelectMany(p => p.Tags).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var expectedTags = app.Query(db => db.Hashtags.Select(h => h.Name).ToList())
            .Select(name => (Name: name, Posts: tagPosts.GetValueOrDefault(name)))
            .OrderByDescending(t => t.Posts).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var tags = await PageAsync(client, "/tags");
        var tagRows = tags.QuerySelectorAll("#tag-list li")
            .Select(li => (Name: li.GetAttribute("data-name")!, Posts: Number(li.QuerySelector(".count")!.TextContent)))
            .ToList();
        Assert.Equal(expectedTags, tagRows);
        Assert.Contains(tagRows, t => t.Posts > 1);

        var expectedChannels = posts.GroupBy(p => p.Channel)
            .Select(g => (Name: g.Key, Posts: g.Count(), First: Iso(g.Min(p => p.Published)), Last: Iso(g.Max(p => p.Published))))
            .OrderByDescending(c => c.Posts).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var channels = await PageAsync(client, "/channels");
        var channelRows = channels.QuerySelectorAll("tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td");
            return (Name: row.QuerySelector("th a")!.TextContent, Posts: Number(cells[0].TextContent),
                First: cells[1].QuerySelector("time")?.GetAttribute("datetime"), Last: cells[2].QuerySelector("time")?.GetAttribute("datetime"));
        }).ToList();
        Assert.Equal(expectedChannels, channelRows);
        Assert.Contains(channelRows, c => c.First != c.Last);

        var about = await PageAsync(client, "/about");
        var stats = about.QuerySelectorAll("dl.stats > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(posts.Count, Number(stats["Posts"]));
        Assert.Equal(posts.Count(p => p.Published is null), Number(stats["Without a date"]));
        Assert.Equal($"{Label(posts.Min(p => p.Published))} – {Label(posts.Max(p => p.Published))}", stats["Published"]);
        var expectedLanguages = posts.GroupBy(p => p.Language).Select(g => (Language: g.Key, Posts: g.Count())).OrderByDescending(l => l.Posts).ToList();
        var languageRows = about.QuerySelectorAll("#languages-title ~ ul li").Select(li => (
            Language: System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://archive/"), li.QuerySelector("a")!.GetAttribute("href")).Query)["lang"]!,
            Posts: Number(li.TextContent.Split(": ")[1].Replace(" posts", "")))).ToList();
        Assert.Equal(expectedLanguages, languageRows);
        Assert.True(languageRows.Count > 1, "the demo archive has posts in more than one language");
        Assert.NotEqual(0, Number(stats["Without a date"]));

        static int Number(string text) => int.Parse(text.Trim(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static string Label(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Date unknown";
    }
}
