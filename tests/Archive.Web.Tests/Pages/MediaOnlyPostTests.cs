using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>The demo archive plus a dump of media posts without text, at its start, in its middle and at its end.</summary>
public sealed class MediaOnlyArchiveApp : ArchiveAppFixture
{
    public const string Channel = "media_only";

    public const string Dump = """
        Media is too big
        VIEW IN TELEGRAM
        👍5❤2
        📍 Moscow, March 16, 2022
        Quetzals nest in the first text post, which says something long enough to count as a sentence.
        ❤1
        This media is not supported in your browser
        VIEW IN TELEGRAM
        Forwarded from Russian MFA 🇷🇺
        🔥3
        📍 Minsk, April 2, 2022
        Quetzals fly in the second text post, which has a caption of its own, long enough to be a sentence.
        👍4
        Media is too big
        VIEW IN TELEGRAM
        """;

    protected override IReadOnlyDictionary<string, string> ExtraDumps => new Dictionary<string, string> { [Channel + ".txt"] = Dump };

    /// <summary>The stored ids of the channel's posts, in file order.</summary>
    public List<string> PostIds()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        return db.Posts.Where(p => p.Channel.Name == Channel).OrderBy(p => p.SourceIndex).Select(p => p.Id).ToList();
    }
}

public sealed class MediaOnlyPostTests(MediaOnlyArchiveApp app) : IClassFixture<MediaOnlyArchiveApp>
{
    [Fact]
    public async Task Every_post_of_the_dump_is_searchable_and_media_only_ones_say_so()
    {
        using var api = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/search?channel={MediaOnlyArchiveApp.Channel}&sort=oldest"));
        Assert.Equal(5, api.RootElement.GetProperty("total").GetInt32());

        var html = await app.CreateClient().GetStringAsync($"/?channel={MediaOnlyArchiveApp.Channel}&media=yes&sort=oldest");
        var page = new HtmlParser().ParseDocument(html);
        var hits = page.QuerySelectorAll("li.hit");
        Assert.Equal(3, hits.Length);
        Assert.All(hits, hit => Assert.Equal("Media without text", hit.QuerySelector(".snippet")!.TextContent.Trim()));
        Assert.Contains("Forwarded from Russian MFA", hits[1].QuerySelector(".forwarded")!.TextContent);
        Assert.Contains("7 reactions", hits[0].QuerySelector(".reactions")!.TextContent);
    }

    [Fact]
    public async Task A_media_only_post_page_shows_media_without_text_and_its_reactions()
    {
        var ids = app.PostIds();
        Assert.Equal(5, ids.Count);

        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/posts/" + ids[0]));

        Assert.Equal("Media without text", page.QuerySelector(".post-text.media-only")!.TextContent.Trim());
        Assert.Equal(["👍 5", "❤ 2"], page.QuerySelectorAll(".reactions-list li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector(".media-note"));
        Assert.Equal("2022-03-16", page.QuerySelector("h1 time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Media_only_posts_count_in_the_channel_list_and_the_media_facet_counts()
    {
        var channels = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/channels"));
        var row = channels.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(MediaOnlyArchiveApp.Channel, StringComparison.Ordinal));
        Assert.Equal("5", row.QuerySelector("td.num")!.TextContent.Trim());

        using var api = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/search?channel={MediaOnlyArchiveApp.Channel}&media=yes"));
        Assert.Equal(3, api.RootElement.GetProperty("total").GetInt32());
        Assert.All(api.RootElement.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("", hit.GetProperty("snippet").GetString()));
    }
}
