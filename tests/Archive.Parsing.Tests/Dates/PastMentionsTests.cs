using Archive.Parsing.Dates;

namespace Archive.Parsing.Tests.Dates;

public sealed class PastMentionsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly PublishedDate Between = new(D(2025, 3, 26), DateConfidence.Inferred, D(2025, 3, 26), D(2025, 4, 2));

    [Theory]
    [InlineData("The talks held yesterday, 28 March, ended late.")]
    [InlineData("Yesterday, March 28, the talks ended.")]
    [InlineData("Вчера, 28 марта, переговоры завершились.")]
    public void A_day_told_as_past_raises_the_earliest_and_best_day(string line)
    {
        var narrowed = PastMentions.Narrow(Between, ["Headline", line]);
        Assert.Equal(new PublishedDate(D(2025, 3, 28), DateConfidence.Inferred, D(2025, 3, 28), D(2025, 4, 2)), narrowed);
    }

    [Fact]
    public void A_past_day_outside_the_range_never_widens_it()
    {
        Assert.Same(Between, PastMentions.Narrow(Between, ["Yesterday, 20 April 2025, was warm."]));
        Assert.Same(Between, PastMentions.Narrow(Between, ["Yesterday, 20 March 2025, was warm."]));
    }

    [Fact]
    public void A_date_not_told_as_past_is_left_alone()
    {
        Assert.Same(Between, PastMentions.Narrow(Between, ["The meeting on 30 March will discuss trade."]));
    }

    [Fact]
    public void A_stated_date_is_never_narrowed()
    {
        var stated = new PublishedDate(D(2025, 3, 26), DateConfidence.Explicit);
        Assert.Same(stated, PastMentions.Narrow(stated, ["Yesterday, 25 March, it rained."]));
    }

    [Fact]
    public void A_post_before_the_first_dated_one_gets_a_lower_bound_from_its_past_day()
    {
        var open = new PublishedDate(D(2025, 4, 2), DateConfidence.Inferred, null, D(2025, 4, 2));
        var narrowed = PastMentions.Narrow(open, ["Yesterday, 28 March, the talks ended."]);
        Assert.Equal(new PublishedDate(D(2025, 4, 2), DateConfidence.Inferred, D(2025, 3, 28), D(2025, 4, 2)), narrowed);
    }

    [Fact]
    public void Through_the_channel_dump_an_undated_post_telling_of_yesterday_is_narrowed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dump.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            "(Moscow, March 26, 2025) Talks open.", "(Moscow, March 26, 2025) Talks open.", "👍 3",
            "Yesterday, March 28, the talks ended.", "Yesterday, March 28, the talks ended.", "👍 2",
            "(Moscow, April 2, 2025) A new round.", "(Moscow, April 2, 2025) A new round.", "👍 1")));
        var posts = DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList();
        Assert.Equal(3, posts.Count);
        Assert.Equal(new PublishedDate(D(2025, 3, 28), DateConfidence.Inferred, D(2025, 3, 28), D(2025, 4, 2)), posts[1].Published);
    }
}
