using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

using static Archive.Web.Tests.Pages.PageResponses;
using static Archive.Web.Tests.Pages.Channels.ChannelArchiveApp;

namespace Archive.Web.Tests.Pages.Channels;

/// <summary>Forward sources (filter, facet, links) and a channel's own page, over the demo plus the long channel; every count checked against the store.</summary>
[Collection(ChannelArchiveCollection.Name)]
public sealed class ChannelPageTests(ChannelArchiveApp app)
{
    private static readonly string ChannelPath = "/channels/" + Uri.EscapeDataString(Channel);

    private static int Number(string text) => int.Parse(text.Trim(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<int, string> IdsByMessage() => app.Query(db => db.Posts.Where(p => p.Channel.Name == Channel)
        .Select(p => new { MessageId = p.MessageId!.Value, p.Id }).ToDictionary(p => (int)p.MessageId, p => p.Id));

    /// <summary>The posts forwarded from each source, counted in the store.</summary>
    private Dictionary<string, int> SourceCounts() => app.Query(db => db.Posts.Where(p => p.ForwardedFrom != null).GroupBy(p => p.ForwardedFrom!)
        .Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count));

    private static List<string> HitIds(IHtmlDocument page) => page.QuerySelectorAll("ol.hits .hit-title a")
        .Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();

    [Fact]
    public async Task Forwarded_filters_the_page_the_API_and_the_feed_alike()
    {
        var client = app.CreateClient();
        var expected = app.Query(db => db.Posts.Where(p => p.ForwardedFrom == SourceB).Select(p => p.Id).ToList()).ToHashSet();
        Assert.Equal(Messages.Count(m => SourceOf(m.Id) == SourceB), expected.Count);
        var forwarded = "forwarded=" + Uri.EscapeDataString(SourceB);

        var page = await PageAsync(client, "/?" + forwarded);
        Assert.Equal(expected, HitIds(page).ToHashSet());
        Assert.Contains(page.QuerySelectorAll(".chips a.chip"), chip => chip.TextContent.Contains("Forwarded from") && chip.TextContent.Contains(SourceB));
        // The filter panel keeps it when another filter changes.
        Assert.Equal(SourceB, page.QuerySelector("form.search-form input[name=forwarded]")?.GetAttribute("value"));

        var api = await JsonAsync(client, "/api/search?" + forwarded);
        Assert.Equal(expected.Count, api.GetProperty("total").GetInt32());
        Assert.All(api.GetProperty("hits").EnumerateArray(), h => Assert.Equal(SourceB, h.GetProperty("forwarded_from").GetString()));
        var facet = Assert.Single(api.GetProperty("facets").GetProperty("forwarded_from").EnumerateArray());
        Assert.Equal((SourceB, expected.Count), (facet.GetProperty("value").GetString(), facet.GetProperty("count").GetInt32()));

        var feed = XDocument.Parse(await client.GetStringAsync("/feed?" + forwarded));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(expected.Count, feed.Root!.Elements(atom + "entry").Count());
    }

    [Fact]
    public async Task The_search_page_counts_the_sources_and_links_each_to_its_forwards()
    {
        var client = app.CreateClient();
        var counts = SourceCounts();
        var page = await PageAsync(client, "/");
        var links = page.QuerySelectorAll("#facet-forwarded-from ~ ul a.facet-value").OfType<IHtmlAnchorElement>().ToList();
        Assert.Equal(Math.Min(15, counts.Count), links.Count);
        foreach (var link in links)
        {
            var name = link.ChildNodes.First().TextContent.Trim();
            Assert.Equal(counts[name], Number(link.QuerySelector(".count")!.TextContent));
            var narrowed = await JsonAsync(client, "/api/search" + new Uri(new Uri("http://archive"), link.Href).Query);
            Assert.Equal(counts[name], narrowed.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task A_query_for_a_source_name_finds_its_forwards()
    {
        var expected = app.Query(db => db.Posts.Count(p => p.ForwardedFrom == SourceA));
        var api = await JsonAsync(app.CreateClient(), "/api/search?q=wombat&channel=" + Uri.EscapeDataString(Channel));
        Assert.Equal(expected, api.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_post_page_links_its_source_to_its_forwards_and_its_channel_to_the_channel_page()
    {
        var client = app.CreateClient();
        var id = IdsByMessage()[8];
        var post = await PageAsync(client, "/posts/" + id);
        var source = post.QuerySelector(".forwarded a")!;
        Assert.Equal(SourceB, source.TextContent);
        var forwards = await PageAsync(client, source.GetAttribute("href")!);
        Assert.Contains(id, HitIds(forwards));
        Assert.Equal(Messages.Count(m => SourceOf(m.Id) == SourceB), HitIds(forwards).Count);

        var channel = post.QuerySelector("h1 a")!.GetAttribute("href")!;
        Assert.Equal(ChannelPath, channel);
        var channelPage = await PageAsync(client, channel);
        Assert.Equal(Channel, channelPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Channels_lists_the_sources_with_their_counts_and_links_each_channel_to_its_page()
    {
        var client = app.CreateClient();
        var counts = SourceCounts();
        var page = await PageAsync(client, "/channels");
        var sources = page.QuerySelectorAll("#forwarded ~ ul li")
            .ToDictionary(li => li.QuerySelector("a")!.ChildNodes.First().TextContent.Trim(), li => Number(li.QuerySelector(".count")!.TextContent));
        Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal), sources.OrderBy(c => c.Key, StringComparer.Ordinal));

        var names = app.Query(db => db.Channels.Select(c => c.Name).ToList());
        var links = page.QuerySelectorAll("tbody th a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        Assert.Equal(names.Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, href) in links)
        {
            Assert.Equal(name, (await PageAsync(client, href)).QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task The_channel_page_counts_what_the_store_holds()
    {
        var posts = app.Query(db => db.Posts.AsNoTracking().Where(p => p.Channel.Name == Channel)
            .Select(p => new { p.Language, p.Published, p.HasMedia, p.ForwardedFrom, Tags = p.Hashtags.Select(h => h.Display).ToList() }).ToList());
        var page = await PageAsync(app.CreateClient(), ChannelPath);

        Assert.Equal(posts.Count, Number(page.QuerySelector("[data-count=posts]")!.TextContent));
        Assert.Equal(posts.Count(p => p.Published is null), Number(page.QuerySelector("[data-count=undated]")!.TextContent));
        Assert.Equal(posts.Count(p => p.HasMedia), Number(page.QuerySelector("[data-count=media]")!.TextContent));
        var span = page.QuerySelectorAll(".stats time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal([$"{posts.Min(p => p.Published):yyyy-MM-dd}", $"{posts.Max(p => p.Published):yyyy-MM-dd}"], span);

        Dictionary<string, int> Facet(string id) => page.QuerySelectorAll($"#facet-{id} ~ ul li")
            .ToDictionary(li => li.QuerySelector("a")!.ChildNodes.First().TextContent.Trim(), li => Number(li.QuerySelector(".count")!.TextContent));
        Assert.Equal(posts.Count(p => p.HasMedia), Facet("media")["With media"]);
        Assert.Equal(posts.Count(p => !p.HasMedia), Facet("media")["Text only"]);
        Assert.Equal(posts.Where(p => p.ForwardedFrom != null).GroupBy(p => p.ForwardedFrom!).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            Facet("forwarded-from").OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(posts.SelectMany(p => p.Tags).GroupBy(t => "#" + t).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            Facet("hashtags").OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(posts.Count, Facet("languages").Values.Sum());

        // The timeline's months and the month picker's, each with its posts.
        var months = posts.GroupBy(p => p.Published!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count());
        var options = page.QuerySelectorAll("#month option").ToDictionary(o => o.GetAttribute("value")!, o => Number(o.TextContent.Split('(')[1].TrimEnd(')')));
        Assert.Equal(months.OrderBy(m => m.Key, StringComparer.Ordinal), options);
        // Each bar with posts jumps to its month; April, empty, is drawn but leads nowhere.
        var bars = page.QuerySelectorAll("svg.timeline-chart a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(months.Keys.Order(StringComparer.Ordinal).Select(m => $"{ChannelPath}?month={m}"), bars);
        Assert.Equal(6, page.QuerySelectorAll("svg.timeline-chart rect.bar").Length);
    }

    [Fact]
    public async Task The_posts_come_in_channel_order_a_page_at_a_time()
    {
        var client = app.CreateClient();
        var ids = IdsByMessage();
        var order = Messages.OrderBy(m => m.Day).ThenBy(m => m.Id).Select(m => ids[m.Id]).ToList();
        var seen = new List<string>();
        var href = ChannelPath;
        for (var pages = 0; href is not null; pages++)
        {
            Assert.True(pages < 10, "the pager never ends");
            var page = await PageAsync(client, href);
            seen.AddRange(HitIds(page));
            href = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(order, seen);
    }

    [Fact]
    public async Task A_month_jump_lands_on_the_page_with_the_months_first_post()
    {
        var client = app.CreateClient();
        var ids = IdsByMessage();
        var march = await PageAsync(client, ChannelPath + "?month=2024-03");
        var firstOfMarch = ids[Messages.First(m => m.Day.Month == 3).Id];
        Assert.Contains(firstOfMarch, HitIds(march));
        Assert.Contains("March 2024: 15 posts", march.QuerySelector(".notice")!.TextContent);
        Assert.Equal("2024-03", march.QuerySelector("#month option[selected]")!.GetAttribute("value"));

        // April has no post: the jump lands on May's first, and says so.
        var april = await PageAsync(client, ChannelPath + "?month=2024-04");
        Assert.Contains(ids[Messages.First(m => m.Day.Month == 5).Id], HitIds(april));
        Assert.Contains("no post in April 2024", april.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Unknown_channels_are_not_found_and_bad_parameters_say_what_was_wrong()
    {
        var client = app.CreateClient();
        using (var missing = await client.GetAsync("/channels/" + Uri.EscapeDataString("No such channel")))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        foreach (var (query, message) in new[] { ("?month=2024-13", "month must be a year and a month like 2025-03, not '2024-13'."), ("?page=zero", "page must be a whole number from 1 to 500, not 'zero'.") })
        {
            using var response = await client.GetAsync(ChannelPath + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, page.QuerySelector(".notice.warning")!.TextContent);
            Assert.NotEmpty(HitIds(page));
        }
    }

    [Fact]
    public async Task The_in_channel_search_and_the_search_page_lead_to_the_channel()
    {
        var client = app.CreateClient();
        var page = await PageAsync(client, ChannelPath);
        var form = page.QuerySelector("form.channel-search")!;
        Assert.Equal(Channel, form.QuerySelector("input[name=channel]")!.GetAttribute("value"));
        var results = await JsonAsync(client, $"/api/search?channel={Uri.EscapeDataString(Channel)}&q=tapirs");
        Assert.Equal(Messages.Count, results.GetProperty("total").GetInt32());

        var search = await PageAsync(client, "/?channel=" + Uri.EscapeDataString(Channel));
        Assert.Equal(ChannelPath, search.QuerySelector(".chips a.channel-page")!.GetAttribute("href"));
    }
}
