using System.Text;
using System.Text.RegularExpressions;
using Archive.Web.Tests.Downloads;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>The search page's "Download N results: CSV · JSONL", clicked in a real browser at desktop and phone width.</summary>
public sealed partial class BrowserTests
{
    [ChromiumTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_download_links_say_the_result_count_and_download_that_many_hits(int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/?q=russia&lang=en&page=2");

        var summary = (await page.Locator("h1.result-summary").InnerTextAsync()).Trim();
        var total = int.Parse(Regex.Match(summary, @"^([\d,]+) results").Groups[1].Value.Replace(",", ""));
        var downloads = page.Locator(".downloads");
        Assert.Equal($"Download {total:N0} results: CSV · JSONL", (await downloads.InnerTextAsync()).Trim());
        var box = await downloads.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= width, $"the download links run from {box.X} to {box.X + box.Width} px in {width} px");

        var csv = await DownloadAsync(page, "CSV");
        Assert.Equal(".csv", Path.GetExtension(csv.Name));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes[..3]);
        var rows = CsvRecords.Parse(Encoding.UTF8.GetString(csv.Bytes, 3, csv.Bytes.Length - 3));
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows[1..], row => Assert.Equal("en", row[7]));

        var jsonl = await DownloadAsync(page, "JSONL");
        Assert.Equal(".jsonl", Path.GetExtension(jsonl.Name));
        Assert.Equal(total, Encoding.UTF8.GetString(jsonl.Bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        await page.Context.CloseAsync();
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".downloads").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        Assert.True(await download.FailureAsync() is null, $"the {link} download failed: {await download.FailureAsync()}");
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
