using System.Text;
using Archive.Storage.Export;

namespace Archive.Storage.Tests.Export;

public sealed class CsvWriterTests
{
    [Fact]
    public async Task The_file_starts_with_a_utf8_byte_order_mark_and_ends_each_row_with_crlf()
    {
        var bytes = await Write(["a", "b"], ["c", "d"]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\nc,d\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Russian_text_and_emoji_are_written_as_utf8_characters()
    {
        var bytes = await Write(["Строка два", "👍"]);

        Assert.Equal("\uFEFFСтрока два,👍\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(3 + Encoding.UTF8.GetByteCount("Строка два,👍\r\n"), bytes.Length);
    }

    [Fact]
    public async Task Values_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var text = Encoding.UTF8.GetString(await Write(["a,b", "say \"hi\"", "two\r\nlines", "one\nbreak", "", null]));

        Assert.Equal("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"one\nbreak\",,\r\n", text);
    }

    [Fact]
    public async Task The_mark_is_written_once_however_many_rows_and_flushes()
    {
        using var output = new MemoryStream();
        await using (var csv = new CsvWriter(output))
        {
            await csv.WriteRowAsync(["x"]);
            await csv.FlushAsync();
            await csv.WriteRowAsync(["y"]);
        }

        Assert.Equal("\uFEFFx\r\ny\r\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static async Task<byte[]> Write(params string?[][] rows)
    {
        using var output = new MemoryStream();
        await using (var csv = new CsvWriter(output))
        {
            foreach (var row in rows)
            {
                await csv.WriteRowAsync(row);
            }
        }
        return output.ToArray();
    }
}
