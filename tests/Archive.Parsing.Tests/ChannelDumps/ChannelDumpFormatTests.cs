using System.Text;
using Archive.Parsing.ChannelDumps;

namespace Archive.Parsing.Tests.ChannelDumps;

public sealed class ChannelDumpFormatTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_long_file_without_markers_splits_into_its_posts_in_bounded_runs()
    {
        // 3000 posts × 3 lines = 9000 body lines with no marker: more than one run's worth.
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append($"📰 Post number {i} opens with a headline line\n");
            text.Append($"The body of post number {i} is one long paragraph.\n");
            text.Append($"The body of post number {i} is one long paragraph.\n");
        }

        Assert.True(3 * 3000 > PostSegmenter.MaxRunLines);
        var path = temp.Write("long-run.txt", Encoding.UTF8.GetBytes(text.ToString()));
        var posts = DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList();
        Assert.Equal(3000, posts.Count);
        Assert.All(posts, p => Assert.Equal(
            [$"📰 Post number {p.SourceIndex} opens with a headline line", $"The body of post number {p.SourceIndex} is one long paragraph."],
            p.Lines()));
    }

    [Theory]
    [InlineData(Seeds.File001)]
    [InlineData(Seeds.File002)]
    public void A_file_over_the_memory_budget_is_read_twice_with_the_same_posts(string file)
    {
        var once = new ChannelDumpFormat().Read(Seeds.PathOf(file), new ParseOptions()).ToList();
        var twice = new ChannelDumpFormat(maxBufferedChars: 1000).Read(Seeds.PathOf(file), new ParseOptions()).ToList();
        Assert.Equal(once.Count, twice.Count);
        for (var i = 0; i < once.Count; i++)
        {
            Assert.Equal(once[i].Text, twice[i].Text);
            Assert.Equal(once[i].Published, twice[i].Published);
            Assert.Equal(once[i].Hashtags, twice[i].Hashtags);
            Assert.Equal(once[i].Reactions, twice[i].Reactions);
        }
    }

    [Fact]
    public void A_format_added_before_the_defaults_is_asked_first()
    {
        var reader = new DumpReader([new EverythingFormat(), .. DumpReader.Default.Formats]);
        var contents = reader.Open(Seeds.PathOf(Seeds.File000), new ParseOptions());
        Assert.Equal("everything", contents.Format);
    }

    [Fact]
    public void The_default_reader_tries_the_channel_dump_last()
    {
        Assert.IsType<ChannelDumpFormat>(DumpReader.Default.Formats[^1]);
    }

    private sealed class EverythingFormat : IDumpFormat
    {
        public string Name => "everything";

        public bool Recognizes(string path, ReadOnlySpan<byte> head) => true;

        public IEnumerable<ParsedPost> Read(string path, ParseOptions options) => [];
    }
}
