using System.Text;
using Archive.Parsing.Articles;

namespace Archive.Parsing.Tests.Articles;

public sealed class DatedArticleFormatTests(Seeds seeds) : IClassFixture<Seeds>, IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_sample_article_is_one_post_dated_day_month_year_by_default()
    {
        var post = Assert.Single(seeds.Posts(Seeds.File004));
        Assert.Equal(new PublishedDate(new DateOnly(2020, 2, 9), DateConfidence.Explicit), post.Published);
        Assert.Equal(0, post.SourceIndex);
        Assert.Equal("en", post.Language);

        // Four paragraphs separated by blank lines; the date line is metadata, not text.
        Assert.Equal(4, post.Lines().Length);
        Assert.StartsWith("Diplomatic relations with the young Soviet Russia and Germany after the First World war", post.Lines()[0]);
        Assert.StartsWith("After the signing of the Treaty of German-Soviet relations improved", post.Lines()[3]);
        Assert.DoesNotContain("09/02/20", post.Text);
    }

    [Fact]
    public void The_sample_article_mentions_its_historical_dates()
    {
        var post = Assert.Single(seeds.Posts(Seeds.File004));
        Assert.Contains(new DateOnly(1939, 8, 23), post.MentionedDates);
    }

    [Fact]
    public void Month_day_year_order_is_honoured_when_configured()
    {
        var contents = DumpReader.Default.Open(Seeds.PathOf(Seeds.File004), new ParseOptions { DateOrder = DateOrder.MonthDayYear });
        Assert.Equal(new DateOnly(2020, 9, 2), Assert.Single(contents.Posts).Published.Date);
    }

    [Theory]
    [InlineData("09/02/20", DateOrder.DayMonthYear, 2020, 2, 9)]
    [InlineData("09/02/20", DateOrder.MonthDayYear, 2020, 9, 2)]
    [InlineData("25.12.2019", DateOrder.DayMonthYear, 2019, 12, 25)]
    [InlineData("25.12.2019", DateOrder.MonthDayYear, 2019, 12, 25)]
    public void A_bare_numeric_date_is_read_in_the_configured_order_unless_impossible(string line, DateOrder order, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), DatedArticleFormat.ParseDate(line, order));
    }

    [Theory]
    [InlineData("09/02/2099")]
    [InlineData("31.12.3020")]
    public void A_date_after_next_year_is_not_an_article_date(string line)
    {
        Assert.Null(DatedArticleFormat.ParseDate(line, DateOrder.DayMonthYear));
    }

    [Fact]
    public void A_channel_dump_is_not_taken_for_an_article()
    {
        var head = File.ReadAllBytes(Seeds.PathOf(Seeds.File000))[..4096];
        Assert.False(new DatedArticleFormat().Recognizes("000.txt", head));
        Assert.True(new DatedArticleFormat().Recognizes("a.txt", Encoding.UTF8.GetBytes("\n\n 09/02/20 \n\nText")));
    }

    [Fact]
    public void An_article_whose_first_four_kilobytes_end_inside_a_character_is_still_an_article()
    {
        var text = "09/02/20\n\n\n" + string.Concat(Enumerable.Repeat("Статья о дипломатии. ", 400)) + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(bytes.Length > 4096);
        Assert.True(bytes[4095] >= 0xC0, "the 4 KB head must end on the first byte of a two-byte letter");
        var contents = DumpReader.Default.Open(temp.Write("long-article.txt", bytes), new ParseOptions());
        Assert.Equal("article", contents.Format);
        Assert.Equal("ru", Assert.Single(contents.Posts).Language);
    }

    [Fact]
    public void An_article_with_only_its_date_has_no_posts()
    {
        var path = temp.Write("date-only.txt", Encoding.UTF8.GetBytes("09/02/20\n\n"));
        var e = Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(path, new ParseOptions()).Posts.ToList());
        Assert.Contains("no posts found", e.Message);
    }
}
