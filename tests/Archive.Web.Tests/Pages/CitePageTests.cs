using System.Security.Cryptography;
using Archive.Web.Tests.Cli;
using static Archive.Web.Tests.Pages.PageResponses;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// "Cite" on the post page and its fields in /api/posts/{id}, for the demo post with no date of its own between the
/// posts of 19 and 21 February 2025 in data/demo/001_324c6b84bf7a6647.txt.
/// </summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class CitePageTests(ProbeArchiveApp app)
{
    private const string DumpFile = "001_324c6b84bf7a6647.txt";

    private static async Task<string> InferredPostIdAsync(HttpClient client)
    {
        var search = await JsonAsync(client, "/api/search?q=%22purpose+and+subject+of+our+negotiations%22");
        return search.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_api_gives_the_source_files_SHA_256_and_a_citation_with_range_permalink_and_place()
    {
        var client = app.CreateClient();
        var id = await InferredPostIdAsync(client);

        var post = await JsonAsync(client, $"/api/posts/{id}");

        var fileHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(ArchiveProcess.Seeds, DumpFile))));
        Assert.Equal(fileHash, post.GetProperty("source_sha256").GetString());
        var place = post.GetProperty("source_index").GetInt32() + 1;
        Assert.Equal(
            $"{post.GetProperty("channel").GetString()} · 19–21 Feb 2025 (inferred date range, from the dated posts around it)\n" +
            $"{post.GetProperty("url").GetString()}\n" +
            $"Source: {DumpFile}, post {place}\n" +
            $"Source SHA-256: {fileHash}",
            post.GetProperty("citation").GetString());
        Assert.StartsWith("http://localhost/posts/", post.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_post_page_shows_the_same_citation_under_Cite_and_a_Copy_button_left_to_script()
    {
        var client = app.CreateClient();
        var id = await InferredPostIdAsync(client);
        var citation = (await JsonAsync(client, $"/api/posts/{id}")).GetProperty("citation").GetString();

        var page = await PageAsync(client, $"/posts/{id}");

        var cite = page.QuerySelector("article.post details.cite");
        Assert.NotNull(cite);
        Assert.Equal("Cite", cite.QuerySelector("summary")!.TextContent.Trim());
        var text = cite.QuerySelector("textarea[data-citation]")!;
        Assert.True(text.HasAttribute("readonly"), "the citation can be edited");
        Assert.Equal(citation, text.TextContent.Replace("\r\n", "\n"));
        Assert.True(cite.QuerySelector("button[data-copy-citation]")!.HasAttribute("hidden"), "the Copy button shows without script");
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src")?.StartsWith("/js/cite.js", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_citation_fields()
    {
        var document = await JsonAsync(app.CreateClient(), "/openapi/v1.json");

        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiPost").GetProperty("properties");
        Assert.Contains("SHA-256", properties.GetProperty("source_sha256").GetProperty("description").GetString());
        Assert.Contains("citation", properties.GetProperty("citation").GetProperty("description").GetString());
    }
}
