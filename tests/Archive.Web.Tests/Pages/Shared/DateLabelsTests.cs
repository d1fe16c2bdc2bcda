using Archive.Parsing;
using Archive.Web.Pages.Shared;

namespace Archive.Web.Tests.Pages.Shared;

public sealed class DateLabelsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2025, 2, 4, 2025, 2, 10, "4–10 Feb 2025")]
    [InlineData(2025, 2, 28, 2025, 3, 3, "28 Feb – 3 Mar 2025")]
    [InlineData(2024, 12, 30, 2025, 1, 2, "30 Dec 2024 – 2 Jan 2025")]
    [InlineData(2025, 2, 4, 2025, 2, 4, "4 Feb 2025")]
    public void An_inferred_date_reads_as_its_range(int y1, int m1, int d1, int y2, int m2, int d2, string expected)
    {
        Assert.Equal(expected, DateLabels.Published(D(y1, m1, d1), DateConfidence.Inferred, D(y1, m1, d1), D(y2, m2, d2)));
    }

    [Fact]
    public void An_open_side_reads_as_or_later_or_or_earlier()
    {
        Assert.Equal("10 Feb 2025 or later", DateLabels.Published(D(2025, 2, 10), DateConfidence.Inferred, D(2025, 2, 10), null));
        Assert.Equal("4 Feb 2025 or earlier", DateLabels.Published(D(2025, 2, 4), DateConfidence.Inferred, null, D(2025, 2, 4)));
    }

    [Fact]
    public void A_stated_date_reads_as_its_day_with_no_reason()
    {
        Assert.Equal("4 Feb 2025", DateLabels.Published(D(2025, 2, 4), DateConfidence.Explicit, D(2025, 2, 4), D(2025, 2, 4)));
        Assert.Null(DateLabels.RangeReason(DateConfidence.Exact, D(2025, 2, 4), D(2025, 2, 4)));
        Assert.Equal("Date unknown", DateLabels.Published(null, DateConfidence.Unknown, null, null));
    }

    [Fact]
    public void The_range_element_is_a_time_of_the_best_day_with_the_reason_as_title()
    {
        var html = new StringWriter();
        DateLabels.PublishedElement(D(2025, 2, 4), DateConfidence.Inferred, D(2025, 2, 4), D(2025, 2, 10))
            .WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal("<time datetime=\"2025-02-04\" class=\"range\" title=\"No date in the post; between the dated posts before and after it\">4–10 Feb 2025</time>", html.ToString());
    }
}
