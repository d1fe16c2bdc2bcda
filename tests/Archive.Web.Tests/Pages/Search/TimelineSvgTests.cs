using System.Text.Encodings.Web;
using Archive.Search.Querying;
using Archive.Web.Pages.Search;

namespace Archive.Web.Tests.Pages.Search;

public sealed class TimelineSvgTests
{
    [Fact]
    public void Months_without_posts_between_the_first_and_last_are_filled_with_zero()
    {
        var bars = TimelineSvg.Bars([new("2023-11", 4), new("2024-02", 1)]);

        Assert.Equal(["November 2023", "December 2023", "January 2024", "February 2024"], bars.Select(b => b.Label));
        Assert.Equal([4, 0, 0, 1], bars.Select(b => b.Count));
    }

    [Fact]
    public void Keys_that_are_no_month_are_left_out()
    {
        var bars = TimelineSvg.Bars([new("2023-13", 9), new("2023", 9), new("x-01", 9), new("-2023-01", 9), new("2023-11", 4), new("2023-12", 2)]);

        Assert.Equal(["November 2023", "December 2023"], bars.Select(b => b.Label));
        Assert.Equal([4, 2], bars.Select(b => b.Count));
    }

    [Fact]
    public void A_span_longer_than_ten_years_is_drawn_per_year()
    {
        var bars = TimelineSvg.Bars([new("2001-01", 2), new("2001-06", 3), new("2015-03", 1)]);

        Assert.Equal(15, bars.Count);
        Assert.All(bars, b => Assert.Null(b.Month));
        Assert.Equal(5, bars[0].Count);
        Assert.Equal(1, bars[^1].Count);
    }

    [Fact]
    public void Each_bar_is_a_link_with_a_label_and_no_style_attribute()
    {
        var bars = TimelineSvg.Bars([new("2023-11", 4), new("2023-12", 2)]);
        using var writer = new StringWriter();
        TimelineSvg.Render(bars, b => $"/?from={b.Year}-{b.Month:00}-01&x=<").WriteTo(writer, HtmlEncoder.Default);
        var svg = writer.ToString();

        Assert.Equal(2, svg.Split("<a href=").Length - 1);
        Assert.Contains("aria-label=\"November 2023: 4 posts\"", svg);
        Assert.Contains("/?from=2023-12-01&amp;x=&lt;", svg);
        Assert.DoesNotContain("style=", svg);
    }

    [Fact]
    public void No_months_draw_nothing()
    {
        Assert.Empty(TimelineSvg.Bars([]));
    }

    [Fact]
    public void An_empty_month_is_drawn_but_is_no_link()
    {
        var bars = TimelineSvg.Bars([new("2023-10", 3), new("2023-12", 1)]);
        using var writer = new StringWriter();
        TimelineSvg.Render(bars, b => $"/?month={b.Month}").WriteTo(writer, HtmlEncoder.Default);
        var svg = writer.ToString();

        Assert.Equal(3, bars.Count);
        Assert.Equal(2, svg.Split("<a href=").Length - 1);
        Assert.DoesNotContain("month=11", svg);
        Assert.Contains("<title>November 2023: 0 posts</title>", svg);
    }
}
