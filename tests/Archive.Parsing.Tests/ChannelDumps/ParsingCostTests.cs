using System.Text;
using Archive.Parsing.ChannelDumps;

namespace Archive.Parsing.Tests.ChannelDumps;

/// <summary>The parser's work grows with its input linearly, counted (not timed), and the size limits stop what is too big.</summary>
public sealed class ParsingCostTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>Distinct 76-character lines, as `base64 /dev/urandom` writes them: no repeats, so no post boundary anywhere.</summary>
    private static IEnumerable<string> RandomLines(int count, int seed = 1)
    {
        var random = new Random(seed);
        var bytes = new byte[57];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            yield return Convert.ToBase64String(bytes);
        }
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(16_000)]
    [InlineData(64_000)]
    public void A_run_without_post_boundaries_is_searched_a_bounded_number_of_times_per_line(int lines)
    {
        PostSegmenter.ScannedLines = 0;
        var posts = PostSegmenter.Segment(RandomLines(lines)).ToList();

        Assert.Equal(lines, Assert.Single(posts).Lines.Count);
        // Searches at 4,000 lines and each doubling, then once more at the end: under 4 reads of each line in all.
        Assert.True(PostSegmenter.ScannedLines <= 4L * lines, $"{PostSegmenter.ScannedLines} lines scanned for a run of {lines}");
    }

    [Fact]
    public void The_search_for_a_second_rendering_stays_within_its_budget_however_many_short_lines_repeat()
    {
        // 3,000 lines of two alternating short texts: every line repeats an earlier one, so every split is a candidate.
        var lines = Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "a" : "b").ToList();
        RenderingMerger.SearchedCells = 0;
        RenderingMerger.MergeRenderings(lines);
        Assert.InRange(RenderingMerger.SearchedCells, 1, RenderingMerger.MaxSearchCells);
    }

    [Fact]
    public void An_endless_post_is_rejected_before_it_is_read_whole()
    {
        var limit = new PostSizeLimit("endless.txt", MaxChars: 100_000);
        var e = Assert.Throws<InvalidDumpException>(() => PostSegmenter.Segment(RandomLines(int.MaxValue), mergeRenderings: true, limit).ToList());
        Assert.StartsWith("endless.txt: post 1 is at least", e.Message);
    }

    [Fact]
    public void A_post_over_the_size_limit_rejects_its_file_naming_the_post_its_size_and_the_limit()
    {
        var text = new StringBuilder();
        text.Append("A short first post that is only a sentence long.\n👍3\n");
        foreach (var line in RandomLines(100))
        {
            text.Append(line).Append('\n');
        }

        var path = temp.Write("long-post.txt", Encoding.UTF8.GetBytes(text.ToString()));
        var e = Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(path, new ParseOptions { MaxPostChars = 5_000 }).Posts.ToList());
        Assert.Equal("long-post.txt: post 2 is at least 5,005 characters long, over the limit of 5,000 (Archive:MaxPostChars)", e.Message);

        Assert.Equal(2, DumpReader.Default.Open(path, new ParseOptions()).Posts.Count());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_it_is_read()
    {
        var path = temp.Write("big.txt", Encoding.UTF8.GetBytes(string.Join('\n', RandomLines(100))));
        var e = Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(path, new ParseOptions { MaxFileBytes = 1_000 }));
        Assert.Equal("big.txt: the file is 7,699 bytes, over the limit of 1,000 (Archive:MaxFileBytes)", e.Message);
    }
}
