using Archive.Parsing.TelegramExports;

namespace Archive.Parsing.Tests.TelegramExports;

public class JsonExportScannerTests
{
    [Fact]
    public void Reading_a_few_bytes_at_a_time_gives_the_same_messages_as_reading_the_whole_file()
    {
        var path = ExportFixtures.Path("account_result.json");
        var whole = Scan(new MemoryStream(File.ReadAllBytes(path)), path);

        foreach (var chunk in new[] { 1, 2, 3, 7, 64 })
        {
            var trickled = Scan(new TrickleStream(File.ReadAllBytes(path), chunk), path);
            Assert.True(whole.SequenceEqual(trickled), $"reading {chunk} bytes at a time gave [{string.Join(", ", trickled)}]");
        }

        Assert.Equal(
            ["Tech Channel/101", "Tech Channel/102", "Старый канал/1", "Старый канал/2"],
            whole);
    }

    [Fact]
    public void The_buffer_stays_small_over_a_20_MB_export_whose_largest_message_is_300_KB()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("result.json");
        TelegramJsonExportWriter.Write(path, 20L * 1024 * 1024);

        using var stream = File.OpenRead(path);
        var scanner = new JsonExportScanner(stream, path);
        var messages = 0;
        while (scanner.TryNext(out var message))
        {
            message.Document.Dispose();
            messages++;
        }

        Assert.True(messages > 10_000, $"only {messages} messages were scanned");
        // Twice the largest message at most: the file itself never has to fit.
        Assert.True(scanner.BufferCapacity <= 1024 * 1024, $"the buffer grew to {scanner.BufferCapacity} bytes");
    }

    private static List<string> Scan(Stream stream, string path)
    {
        using (stream)
        {
            var scanner = new JsonExportScanner(stream, path);
            var result = new List<string>();
            while (scanner.TryNext(out var message))
            {
                using (message.Document)
                {
                    result.Add($"{message.Channel.Name}/{message.Document.RootElement.GetProperty("id").GetInt64()}");
                }
            }

            return result;
        }
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow disk or pipe may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
