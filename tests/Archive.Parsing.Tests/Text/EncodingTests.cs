using System.Text;
using Archive.Parsing.Text;

namespace Archive.Parsing.Tests.Text;

public sealed class EncodingTests : IDisposable
{
    private readonly TempFolder temp = new();

    // A Russian post in the sample format: body, second rendering without its first line, reactions.
    private const string RussianDump =
        "Forwarded from Посольство России\n" +
        "📰 Интервью Посла России газете «Аргументы и факты» 4 апреля\n" +
        "🔴 Российско-британские отношения пребывают в затяжном кризисе.\n" +
        "#Россия #ДеньДипломата\n" +
        "🔴 Российско-британские отношения пребывают в затяжном кризисе.\n" +
        "#Россия #ДеньДипломата\n" +
        "👍11❤7\n";

    public void Dispose() => temp.Dispose();

    private static void AssertRussianPost(string path)
    {
        var contents = DumpReader.Default.Open(path, new ParseOptions());
        var post = Assert.Single(contents.Posts);
        Assert.Equal("channel-dump", contents.Format);
        Assert.Equal("Посольство России", post.ForwardedFrom);
        Assert.Equal("📰 Интервью Посла России газете «Аргументы и факты» 4 апреля", post.Lines()[0]);
        Assert.Equal(3, post.Lines().Length);
        Assert.Equal(["Россия", "ДеньДипломата"], post.Hashtags);
        Assert.Equal("ru", post.Language);
        Assert.Equal(PostText.R(("👍", 11), ("❤", 7)), post.Reactions);
    }

    [Fact]
    public void Utf8_without_bom_is_read()
    {
        AssertRussianPost(temp.Write("plain.txt", Encoding.UTF8.GetBytes(RussianDump)));
    }

    [Fact]
    public void Utf8_with_bom_is_read_and_the_bom_is_not_text()
    {
        var path = temp.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(RussianDump)]);
        AssertRussianPost(path);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_read()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        AssertRussianPost(temp.Write("le.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes(RussianDump)]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_bom_is_told_by_where_its_high_bytes_fall_and_read(bool bigEndian)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        AssertRussianPost(temp.Write(bigEndian ? "be-nobom.txt" : "le-nobom.txt", utf16.GetBytes(RussianDump)));
    }

    [Fact]
    public void English_utf16_without_bom_is_read_too()
    {
        var path = temp.Write("en-nobom.txt", Encoding.Unicode.GetBytes("A plain English post of one line.\n👍3\n"));
        Assert.Equal("A plain English post of one line.", Assert.Single(DumpReader.Default.Open(path, new ParseOptions()).Posts).Text);
    }

    [Fact]
    public void Utf16_cut_in_the_middle_of_a_character_is_rejected_as_truncated()
    {
        var bytes = Encoding.Unicode.GetBytes("A plain English post of one line.\n");
        var e = Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(temp.Write("cut.txt", bytes[..^1]), new ParseOptions()).Posts.ToList());
        Assert.Equal("cut.txt: the file ends inside a UTF-16 character: truncated?", e.Message);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_read()
    {
        var utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        AssertRussianPost(temp.Write("be.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes(RussianDump)]));
    }

    [Fact]
    public void Windows1251_is_detected_from_cyrillic_bytes()
    {
        // Windows-1251 has no emoji: the sample's marker lines in plain text only.
        const string dump =
            "Forwarded from Посольство России\n" +
            "Интервью Посла России газете «Аргументы и факты» 4 апреля\n" +
            "Российско-британские отношения пребывают в затяжном кризисе.\n" +
            "#Россия #ДеньДипломата\n" +
            "Российско-британские отношения пребывают в затяжном кризисе.\n" +
            "#Россия #ДеньДипломата\n";
        var path = temp.Write("cp1251.txt", TextFile.Windows1251.GetBytes(dump));
        var post = Assert.Single(DumpReader.Default.Open(path, new ParseOptions()).Posts);
        Assert.Equal("Посольство России", post.ForwardedFrom);
        Assert.Equal("Интервью Посла России газете «Аргументы и факты» 4 апреля", post.Lines()[0]);
        Assert.Equal(["Россия", "ДеньДипломата"], post.Hashtags);
        Assert.Equal("ru", post.Language);
    }

    [Fact]
    public void Windows1251_copy_of_a_russian_sample_reads_the_same_text_as_the_utf8_original()
    {
        // Lines 291-300 of sample 002 carry no emoji, so Windows-1251 can hold them exactly.
        var lines = File.ReadLines(Seeds.PathOf(Seeds.File002)).Skip(290).Take(9).ToList();
        var text = string.Join("\n", lines) + "\n";
        var utf8 = Assert.Single(DumpReader.Default.Open(temp.Write("u.txt", Encoding.UTF8.GetBytes(text)), new ParseOptions()).Posts);
        var cp1251 = Assert.Single(DumpReader.Default.Open(temp.Write("w.txt", TextFile.Windows1251.GetBytes(text)), new ParseOptions()).Posts);
        Assert.Equal("О российско-сингапурских консультациях", cp1251.Lines()[0]);
        Assert.Equal(utf8.Text, cp1251.Text);
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_posts_as_lf()
    {
        var lf = File.ReadAllText(Seeds.PathOf(Seeds.File000));
        var path = temp.Write("crlf.txt", Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n")));
        var fromCrlf = DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList();
        var fromLf = DumpReader.Default.Open(Seeds.PathOf(Seeds.File000), new ParseOptions()).Posts.ToList();
        Assert.Equal(4, fromCrlf.Count);
        Assert.Equal(fromLf.Select(p => p.Text), fromCrlf.Select(p => p.Text));
        Assert.DoesNotContain(fromCrlf, p => p.Text.Contains('\r'));
    }
}
