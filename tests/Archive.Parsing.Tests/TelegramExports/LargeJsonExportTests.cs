using Archive.Parsing.TelegramExports;

namespace Archive.Parsing.Tests.TelegramExports;

public class LargeJsonExportTests
{
    [Fact]
    public void A_20_MB_export_streams_through_to_its_last_message()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("result.json");
        var written = TelegramJsonExportWriter.Write(path, 20L * 1024 * 1024);
        Assert.True(new FileInfo(path).Length >= 20L * 1024 * 1024, "the generated export is smaller than 20 MB");

        var count = 0;
        ParsedPost? last = null;
        var longest = 0;
        foreach (var post in new TelegramJsonFormat().Read(path, new ParseOptions()))
        {
            Assert.Equal(count, post.SourceIndex);
            count++;
            last = post;
            longest = Math.Max(longest, post.Text.Length);
        }

        Assert.Equal(written, count);
        Assert.NotNull(last);
        Assert.NotEqual(0, last.MessageId!.Value % 50);
        // The 300 KB messages are larger than the reader's first buffer: it grew for them and read them whole.
        Assert.True(longest > 250_000, $"the longest text read was {longest} characters");
    }
}
