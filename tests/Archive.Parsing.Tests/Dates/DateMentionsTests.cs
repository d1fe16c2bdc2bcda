using Archive.Parsing.Dates;

namespace Archive.Parsing.Tests.Dates;

public sealed class DateMentionsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("On February 4, 1945, the conference commenced", 1945, 2, 4)]
    [InlineData("Lodz, 1 December 2022", 2022, 12, 1)]
    [InlineData("(February 4-11, 1945)", 1945, 2, 4)]
    [InlineData("held on March 7-9, 2024 in Sochi", 2024, 3, 7)]
    [InlineData("4 апреля 2023 г. состоялись консультации", 2023, 4, 4)]
    [InlineData("в ночь на 22 июня 1941 года", 1941, 6, 22)]
    [InlineData("с 9 мая 1945 года", 1945, 5, 9)]
    [InlineData("Декабря нет, но есть 12 декабря 1993", 1993, 12, 12)]
    public void A_full_date_is_read_in_english_and_russian_forms(string text, int y, int m, int d)
    {
        var mention = Assert.Single(DateMentions.Find(text));
        Assert.Equal(D(y, m, d), mention.ToDate(0));
    }

    [Theory]
    [InlineData("In February 2014 the coup happened")]
    [InlineData("In 1933, the agreement was signed")]
    [InlineData("February 30, 2024 is not a day")]
    [InlineData("the 248th Rifle Division")]
    public void Text_without_a_day_and_month_mentions_no_date(string text)
    {
        Assert.Empty(DateMentions.Find(text));
    }

    [Fact]
    public void Year_less_dates_take_the_year_of_the_last_full_date_before_them_else_of_publication()
    {
        var dates = MentionedDates.Collect(
            ["On February 4, 1945, the conference began.", "Just on February 3, the operation had concluded."],
            D(2024, 2, 4));
        Assert.Equal([D(1945, 2, 3), D(1945, 2, 4)], dates);

        var russian = MentionedDates.Collect(["4 апреля заместитель Министра провел консультации"], D(2025, 4, 4));
        Assert.Equal([D(2025, 4, 4)], russian);

        Assert.Empty(MentionedDates.Collect(["On February 15, a call took place"], null));
    }

    [Fact]
    public void A_year_less_date_months_after_publication_belongs_to_the_year_before()
    {
        Assert.Equal([D(2022, 12, 29)], MentionedDates.Collect(["On December 29, talks were held"], D(2023, 1, 5)));
    }
}
