using System.Text;

namespace Archive.Parsing.Tests.ChannelDumps;

public sealed class MediaOnlyPostTests : IDisposable
{
    /// <summary>Media-only posts at the start, in the middle (with a forward, twice in a row) and at the end (no reactions).</summary>
    public const string Dump = """
        Media is too big
        VIEW IN TELEGRAM
        👍5❤2
        📍 Moscow, March 16, 2022
        The first text post says something long enough to count as a sentence.
        The first text post says something long enough to count as a sentence.
        ❤1
        This media is not supported in your browser
        VIEW IN TELEGRAM
        Forwarded from Russian MFA 🇷🇺
        🔥3
        Media is too big
        VIEW IN TELEGRAM
        👏1
        Media is too big
        VIEW IN TELEGRAM
        👏1
        📍 Minsk, April 2, 2022
        The second text post has a caption of its own, long enough to be a sentence.
        The second text post has a caption of its own, long enough to be a sentence.
        👍4
        Media is too big
        VIEW IN TELEGRAM
        Forwarded from Russia in OSCE/Россия в ОБСЕ
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Media_without_text_is_a_post_at_the_start_middle_and_end_of_a_file()
    {
        var path = temp.Write("media-only.txt", Encoding.UTF8.GetBytes(Dump));
        var posts = DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList();

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], posts.Select(p => p.SourceIndex));
        Assert.Equal([true, false, true, true, true, false, true], posts.Select(p => p.HasMedia));
        Assert.Equal(["", "", "", "", ""], posts.Where(p => p.HasMedia).Select(p => p.Text));
        Assert.Equal([null, null, "Russian MFA 🇷🇺", null, null, null, "Russia in OSCE/Россия в ОБСЕ"], posts.Select(p => p.ForwardedFrom));
        Assert.Equal(["👍5 ❤2", "❤1", "🔥3", "👏1", "👏1", "👍4", ""], posts.Select(p => string.Join(' ', p.Reactions.Select(r => $"{r.Key}{r.Value}"))));
        Assert.StartsWith("📍 Moscow", posts[1].Text);
        Assert.StartsWith("📍 Minsk", posts[5].Text);

        // Dates come from the neighbours: the first post's from the one after it (nothing bounds it from below), the
        // others' best day from the one before.
        Assert.Equal(new PublishedDate(new DateOnly(2022, 3, 16), DateConfidence.Inferred, null, new DateOnly(2022, 3, 16)), posts[0].Published);
        Assert.Equal((new DateOnly(2022, 3, 16), DateConfidence.Inferred), (posts[2].Published.Date, posts[2].Published.Confidence));
        Assert.Equal((new DateOnly(2022, 4, 2), DateConfidence.Inferred), (posts[6].Published.Date, posts[6].Published.Confidence));
        Assert.All(posts.Where(p => p.HasMedia), p => Assert.Empty(p.Hashtags));
    }

    [Fact]
    public void A_media_only_post_is_the_same_when_the_file_is_read_twice()
    {
        var path = temp.Write("media-only.txt", Encoding.UTF8.GetBytes(Dump));
        var once = new Archive.Parsing.ChannelDumps.ChannelDumpFormat().Read(path, new ParseOptions()).ToList();
        var twice = new Archive.Parsing.ChannelDumps.ChannelDumpFormat(maxBufferedChars: 10).Read(path, new ParseOptions()).ToList();
        Assert.Equal(once.Select(p => (p.Text, p.HasMedia, p.ForwardedFrom, p.Published)), twice.Select(p => (p.Text, p.HasMedia, p.ForwardedFrom, p.Published)));
    }

    [Fact]
    public void Reactions_with_no_post_before_them_make_no_post()
    {
        var path = temp.Write("stray.txt", Encoding.UTF8.GetBytes("👍5\nA post that says something long enough to be a sentence.\n❤1\n❤2\n"));
        var posts = DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList();
        Assert.Single(posts);
    }
}
