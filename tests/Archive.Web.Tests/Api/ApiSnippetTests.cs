using System.Net;
using System.Text.Json;
using Archive.Web.Tests.Pages;

namespace Archive.Web.Tests.Api;

/// <summary>The JSON shape of a hit's snippet: plain text and the ranges to highlight, described in the OpenAPI document.</summary>
[Collection(ProbeArchiveCollection.Name)]
public sealed class ApiSnippetTests(ProbeArchiveApp app)
{
    private static async Task<JsonElement> HitsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits").Clone();
    }

    private static string[] Highlighted(JsonElement hit)
    {
        var snippet = hit.GetProperty("snippet").GetString()!;
        return hit.GetProperty("highlights").EnumerateArray()
            .Select(pair => snippet.Substring(pair[0].GetInt32(), pair[1].GetInt32()))
            .ToArray();
    }

    [Fact]
    public async Task A_hit_s_snippet_is_plain_text_and_its_highlights_cover_the_matched_words()
    {
        var hits = await HitsAsync(app.CreateClient(), "/api/search?q=parade");

        Assert.Equal(2, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.DoesNotContain("<mark>", hit.GetProperty("snippet").GetString());
            Assert.All(hit.GetProperty("highlights").EnumerateArray(), pair => Assert.Equal(2, pair.GetArrayLength()));
            var words = Highlighted(hit);
            Assert.NotEmpty(words);
            Assert.All(words, word => Assert.Equal("parade", word, ignoreCase: true));
        }
    }

    [Fact]
    public async Task Inflected_Russian_words_are_highlighted_in_UTF16_units_of_the_snippet()
    {
        // Forms of "Сингапур" in the three Singapore posts, after emoji that take two units each.
        var hits = await HitsAsync(app.CreateClient(), "/api/search?q=%D0%A1%D0%B8%D0%BD%D0%B3%D0%B0%D0%BF%D1%83%D1%80");

        Assert.Equal(3, hits.GetArrayLength());
        Assert.All(hits.EnumerateArray(), hit =>
            Assert.All(Highlighted(hit), word => Assert.StartsWith("Сингапур", word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task The_post_s_markup_is_left_as_text_in_the_snippet()
    {
        var hit = Assert.Single((await HitsAsync(app.CreateClient(), "/api/search?q=Xylophonic")).EnumerateArray());

        Assert.Contains(ProbeArchiveApp.ScriptProbe, hit.GetProperty("snippet").GetString());
        Assert.Equal(["Xylophonic"], Highlighted(hit));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_snippet_and_highlights()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var hit = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApiHit").GetProperty("properties");
        Assert.Contains("Plain text", hit.GetProperty("snippet").GetProperty("description").GetString());
        var highlights = hit.GetProperty("highlights");
        Assert.Contains("UTF-16 code units", highlights.GetProperty("description").GetString());
        Assert.Equal("array", highlights.GetProperty("type").GetString());
        Assert.Equal("array", highlights.GetProperty("items").GetProperty("type").GetString());
        // Every field of a hit says what it is.
        Assert.All(hit.EnumerateObject(), field => Assert.True(field.Value.TryGetProperty("description", out _), $"{field.Name} has no description"));
    }
}
