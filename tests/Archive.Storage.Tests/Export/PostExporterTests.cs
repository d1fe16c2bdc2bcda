using System.Text;
using System.Text.Json;
using Archive.Storage.Export;

namespace Archive.Storage.Tests.Export;

public sealed class PostExporterTests
{
    [Fact]
    public async Task Jsonl_writes_one_object_per_post_with_every_field_named_in_the_brief()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt",
            "@fwd Russian MFA 🇷🇺\n@media\n@tags WWII, ДеньПобеды\n@react 👍=18, ❤=8\n@published 2025-02-04 explicit\n@mentions 1945-02-11, 1945-02-04\n@lang mixed\nLine one\nСтрока два",
            "No metadata"));

        var lines = (await Export(store, ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var post = first.RootElement;
        Assert.Equal(PostExporter.Columns, post.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[a-z2-7]{12}$", post.GetProperty("id").GetString());
        Assert.Equal("mfa", post.GetProperty("channel").GetString());
        Assert.Equal("Russian MFA 🇷🇺", post.GetProperty("forwarded_from").GetString());
        Assert.Equal("mfa.txt", post.GetProperty("source_file").GetString());
        Assert.Equal(0, post.GetProperty("source_index").GetInt32());
        Assert.Equal("2025-02-04", post.GetProperty("published").GetString());
        Assert.Equal("explicit", post.GetProperty("published_confidence").GetString());
        Assert.Equal("2025-02-04", post.GetProperty("published_earliest").GetString());
        Assert.Equal("2025-02-04", post.GetProperty("published_latest").GetString());
        Assert.Equal(["1945-02-04", "1945-02-11"], post.GetProperty("mentioned_dates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("mixed", post.GetProperty("language").GetString());
        Assert.Equal(["WWII", "ДеньПобеды"], post.GetProperty("hashtags").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal([("👍", 18), ("❤", 8)], post.GetProperty("reactions").EnumerateObject().Select(r => (r.Name, r.Value.GetInt32())));
        Assert.True(post.GetProperty("has_media").GetBoolean());
        Assert.Equal("Line one\nСтрока два", post.GetProperty("text").GetString());
        Assert.Contains("Строка два", lines[0]);

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("published").ValueKind);
        Assert.Equal("unknown", second.RootElement.GetProperty("published_confidence").GetString());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("published_earliest").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("published_latest").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("forwarded_from").ValueKind);
        Assert.Equal(1, second.RootElement.GetProperty("source_index").GetInt32());
    }

    [Fact]
    public async Task Posts_come_out_ordered_by_channel_then_source_file_then_index()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester();
        await ingester.IngestFileAsync(store.WriteFixture("b.txt", "b0", "b1"), "Zeta");
        await ingester.IngestFileAsync(store.WriteFixture("a.txt", "a0", "a1"), "Zeta");
        await ingester.IngestFileAsync(store.WriteFixture("c.txt", "c0"), "Alpha");

        var texts = (await Export(store, ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());

        Assert.Equal(["c0", "a0", "a1", "b0", "b1"], texts);
    }

    [Fact]
    public async Task Csv_quotes_fields_with_commas_quotes_and_line_breaks()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "@tags a, b\n@react 👍=2\nHe said \"peace, now\"\nsecond line"));

        var csv = await Export(store, ExportFormat.Csv);

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFF" + string.Join(',', PostExporter.CsvColumns), rows[0]);
        Assert.EndsWith(",en,a b,👍:2,false,\"He said \"\"peace, now\"\"\nsecond line\"", rows[1]);
    }

    [Fact]
    public async Task Csv_has_each_post_s_permalink_after_its_id_from_the_site_url_or_as_a_path_without_one()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "One post"));

        var withUrl = (await Export(store, ExportFormat.Csv, "https://archive.example/base/")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var withoutUrl = (await Export(store, ExportFormat.Csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("\uFEFFid,permalink,channel,", withUrl[0]);
        var id = withUrl[1].Split(',')[0];
        Assert.Matches("^[a-z2-7]{12}$", id);
        Assert.StartsWith($"{id},https://archive.example/base/posts/{id},mfa,", withUrl[1]);
        Assert.StartsWith($"{id},/posts/{id},mfa,", withoutUrl[1]);
    }

    [Fact]
    public async Task An_inferred_post_exports_its_range_after_its_confidence_in_jsonl_and_csv()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "@published 2025-02-04 inferred 2025-02-04..2025-02-10\nBetween",
            "@published 2025-02-10 inferred 2025-02-10..\nAfter the last dated one"));

        var lines = (await Export(store, ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"published\":\"2025-02-04\",\"published_confidence\":\"inferred\",\"published_earliest\":\"2025-02-04\",\"published_latest\":\"2025-02-10\"", lines[0]);
        Assert.Contains("\"published_earliest\":\"2025-02-10\",\"published_latest\":null", lines[1]);

        var rows = (await Export(store, ExportFormat.Csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",published,published_confidence,published_earliest,published_latest,mentioned_dates,", rows[0]);
        Assert.Contains(",2025-02-04,inferred,2025-02-04,2025-02-10,,en,", rows[1]);
        Assert.Contains(",2025-02-10,inferred,2025-02-10,,,en,", rows[2]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_quote_follows_rfc_4180(string field, string expected) => Assert.Equal(expected, CsvWriter.Quote(field));

    private static async Task<string> Export(TempStore store, ExportFormat format, string? siteUrl = null)
    {
        await using var db = store.NewContext();
        using var output = new MemoryStream();
        await new PostExporter(db, siteUrl).WriteAsync(output, format);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
