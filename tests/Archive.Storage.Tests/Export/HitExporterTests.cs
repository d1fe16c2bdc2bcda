using System.Text;
using System.Text.Json;
using Archive.Storage.Export;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Export;

public sealed class HitExporterTests
{
    [Fact]
    public async Task Csv_rows_follow_the_order_of_the_pages_with_the_listed_columns_and_one_value_per_cell()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt",
            "@fwd Russian MFA\n@media\n@tags WWII, ДеньПобеды\n@react 👍=18, ❤=8\n@published 2025-02-04 explicit\n@lang mixed\nFirst, \"quoted\"\nСтрока два",
            "@published 2025-02-10 inferred 2025-02-10..\nSecond",
            "Third"));
        var ids = await IdsByText(store);

        // Two pages, in an order that is not the store's: the rows keep the pages' order; an id gone from the store is skipped.
        var csv = await Write(store, ExportFormat.Csv, [[ids["Second"], "gone00000000"], [ids["Third"], ids["First"]]]);

        var rows = csv.Split("\r\n");
        Assert.Equal("\uFEFF" + string.Join(',', HitExporter.Columns), rows[0]);
        Assert.Equal("permalink,channel,published,published_earliest,published_latest,published_confidence,forwarded_from,language,hashtags,reactions,has_media,text",
            string.Join(',', HitExporter.Columns));
        Assert.Equal($"https://a.example/posts/{ids["Second"]},mfa,2025-02-10,2025-02-10,,inferred,,en,,0,false,Second", rows[1]);
        Assert.StartsWith($"https://a.example/posts/{ids["Third"]},mfa,", rows[2]);
        Assert.Equal($"https://a.example/posts/{ids["First"]},mfa,2025-02-04,2025-02-04,2025-02-04,explicit,Russian MFA,mixed,WWII ДеньПобеды,26,true,\"First, \"\"quoted\"\"\nСтрока два\"", rows[3]);
        Assert.Equal([""], rows[4..]);
    }

    [Fact]
    public async Task Jsonl_writes_one_object_per_hit_with_the_csv_s_fields_and_the_id()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "@tags a, b\nFirst", "Second"));
        var ids = await IdsByText(store);

        var lines = (await Write(store, ExportFormat.Jsonl, [[ids["First"]], [ids["Second"]]])).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(["id", .. HitExporter.Columns], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(ids["First"], first.GetProperty("id").GetString());
        Assert.Equal($"https://a.example/posts/{ids["First"]}", first.GetProperty("permalink").GetString());
        Assert.Equal(["a", "b"], first.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, first.GetProperty("reactions").GetInt32());
        Assert.Equal("Second", JsonDocument.Parse(lines[1]).RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Jsonl)]
    public async Task Each_page_is_written_out_before_the_next_is_asked_for(ExportFormat format)
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "First", "Second", "Third"));
        var ids = await IdsByText(store);
        using var output = new MemoryStream();

        // What streaming means: the rows of a page reach the output before the next page is read, so what is held is
        // one page, however many follow.
        var seenBefore = new List<string>();
        IEnumerable<IReadOnlyList<string>> Pages()
        {
            foreach (var text in new[] { "First", "Second", "Third" })
            {
                seenBefore.Add(Encoding.UTF8.GetString(output.ToArray()));
                yield return [ids[text]];
            }
        }
        await using (var db = store.NewContext())
        {
            await new HitExporter(db, null).WriteAsync(Pages(), output, format);
        }

        Assert.DoesNotContain("First", seenBefore[0]);
        Assert.Contains("First", seenBefore[1]);
        Assert.DoesNotContain("Second", seenBefore[1]);
        Assert.Contains("Second", seenBefore[2]);
        Assert.Contains("Third", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static async Task<Dictionary<string, string>> IdsByText(TempStore store)
    {
        await using var db = store.NewContext();
        return await db.Posts.ToDictionaryAsync(p => p.Text.Split(',')[0], p => p.Id);
    }

    private static async Task<string> Write(TempStore store, ExportFormat format, IReadOnlyList<string>[] pages)
    {
        await using var db = store.NewContext();
        using var output = new MemoryStream();
        await new HitExporter(db, "https://a.example").WriteAsync(pages, output, format);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
