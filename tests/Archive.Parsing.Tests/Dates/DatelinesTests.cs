using Archive.Parsing.Dates;

namespace Archive.Parsing.Tests.Dates;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("🎙 Russia's Foreign Minister Sergey Lavrov's gave interview to RBC TV channel (Moscow, March 16, 2022)", 2022, 3, 16)]
    [InlineData("📍 Minsk, January 19, 2023", 2023, 1, 19)]
    [InlineData("Lodz, 1 December 2022", 2022, 12, 1)]
    [InlineData("📺 Watch Ambassador Andrei Kelin’s interview with BBC Newsnight (19 February 2025)", 2025, 2, 19)]
    [InlineData("🇷🇺🇺🇸📞 Presidents of Russia & the United States spoke over the phone (March 18, 2025)", 2025, 3, 18)]
    [InlineData("⚡️Main outcomes of the expert groups meeting(March 25, 2025)", 2025, 3, 25)]
    [InlineData("🎙 Lavrov’s answer to a media question, Moscow, April 1, 2025 (Moscow, April 1, 2025)", 2025, 4, 1)]
    public void A_dateline_or_dated_heading_is_an_explicit_publication_date(string line, int y, int m, int d)
    {
        Assert.Equal(new DateEvidence(y, m, d), Datelines.Find([line]));
    }

    [Theory]
    [InlineData("📅 80 years ago, on February 4, 1945, the Yalta Conference began.", 2025, 2, 4)]
    [InlineData("📅 90 years ago, on November 16, 1933, the Soviet Union and the United States established diplomatic relations.", 2023, 11, 16)]
    [InlineData("8️⃣0️⃣ years ago, on February 4, 1945, the Yalta (Crimea) Conference opened", 2025, 2, 4)]
    public void An_anniversary_dates_the_post_that_many_years_after_the_event(string line, int y, int m, int d)
    {
        Assert.Equal(new DateEvidence(y, m, d), Datelines.Find([line]));
    }

    [Theory]
    [InlineData("📆 On September 7, 1945, Allied troops took part in a joint parade in Berlin.")]
    [InlineData("🏅 On February 14, 1943, the Red Army liberated the city of Rostov-on-Don.")]
    [InlineData("🛩 On 6 April 1966, Soviet pilots Boris Kapustin and Yury Yanov performed a heroic feat")]
    [InlineData("This date goes back to the earliest documented mention (February 10, 1549) of the Prikaz")]
    public void A_historical_event_date_is_never_the_publication_date(string line)
    {
        Assert.False(Datelines.Find([line]).Exists);
    }

    [Theory]
    [InlineData("🇷🇺🇺🇸📞 On February 15, at the initiative of the American Side, Lavrov had a call", 2, 15)]
    [InlineData("On March 28th, the Embassy of Russia in Singapore hosted a lecture", 3, 28)]
    [InlineData("🗓 April 4 marks the 80th Anniversary of the liberation of Bratislava", 4, 4)]
    [InlineData("4 апреля заместитель Министра иностранных дел провел консультации", 4, 4)]
    [InlineData("28 марта в Посольстве России в Сингапуре прошел кинопоказ", 3, 28)]
    [InlineData("В 1 января состоялась встреча", 1, 1)]
    public void A_year_less_date_opening_the_post_is_evidence_without_a_year(string line, int m, int d)
    {
        Assert.Equal(new DateEvidence(0, m, d), Datelines.Find([line]));
    }

    [Fact]
    public void Only_the_top_of_the_post_is_searched_and_hashtag_lines_do_not_count()
    {
        Assert.Equal(new DateEvidence(2023, 1, 19), Datelines.Find(["#OSCE", "🎙 Remarks", "📍 Minsk, January 19, 2023"]));
        Assert.False(Datelines.Find(["One", "Two", "Three", "📍 Minsk, January 19, 2023"]).Exists);
    }
}
