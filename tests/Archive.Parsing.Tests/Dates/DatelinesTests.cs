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

    // Each form of dateline as English and Russian channels write it, side by side.
    [Theory]
    [InlineData("📰 Interview of the Ambassador to the Argumenty i Fakty newspaper (February 10, 2025)", 2025, 2, 10)]
    [InlineData("📰 Интервью Посла России газете «Аргументы и факты» (10 февраля 2025 года)", 2025, 2, 10)]
    [InlineData("📰 Интервью Посла России газете «Аргументы и факты» (10 февраля 2025 г.)", 2025, 2, 10)]
    [InlineData("📰 Интервью Посла России газете «Аргументы и факты» (10 февраля 2025г.)", 2025, 2, 10)]
    [InlineData("📰 Интервью Посла России газете «Аргументы и факты» (10 февраля 2025)", 2025, 2, 10)]
    [InlineData("🎙 Remarks by the Minister (Moscow, February 10, 2025)", 2025, 2, 10)]
    [InlineData("🎙 Выступление Министра (Москва, 10 февраля 2025 года)", 2025, 2, 10)]
    [InlineData("Moscow, February 10, 2025", 2025, 2, 10)]
    [InlineData("Москва, 10 февраля 2025 г.", 2025, 2, 10)]
    [InlineData("📍 Москва, 10 февраля 2025 года", 2025, 2, 10)]
    [InlineData("February 10, 2025", 2025, 2, 10)]
    [InlineData("10 февраля 2025 года", 2025, 2, 10)]
    [InlineData("May 9, 2025 — Victory Day", 2025, 5, 9)]
    [InlineData("9 мая 2025 г. — День Победы", 2025, 5, 9)]
    [InlineData("9 May 2025: Victory Day", 2025, 5, 9)]
    [InlineData("9 мая 2025 года: День Победы", 2025, 5, 9)]
    [InlineData("🗓 1 January 2025 – New Year", 2025, 1, 1)]
    [InlineData("🗓 1 января 2025 г. – Новый год", 2025, 1, 1)]
    [InlineData("Meeting of the Council (3 March 2025)", 2025, 3, 3)]
    [InlineData("Заседание Совета (3 марта 2025 года)", 2025, 3, 3)]
    [InlineData("Заседание Совета (3 МАРТА 2025 ГОДА)", 2025, 3, 3)]
    [InlineData("Переговоры (Москва, 12 декабря 2024 г.)", 2024, 12, 12)]
    public void A_dateline_reads_the_same_in_English_and_Russian(string line, int y, int m, int d)
    {
        Assert.Equal(new DateEvidence(y, m, d), Datelines.Find([line]));
    }

    [Theory]
    [InlineData("This date goes back to the earliest documented mention (February 10, 1549) of the Prikaz")]
    [InlineData("Эта дата восходит к первому упоминанию Посольского приказа (10 февраля 1549 года)")]
    [InlineData("February 10, 1549 — the Prikaz is first mentioned")]
    [InlineData("10 февраля 1549 г. — первое упоминание Посольского приказа")]
    [InlineData("On 6 April 1966, Soviet pilots performed a heroic feat")]
    [InlineData("В 1966 году, 6 апреля 1966 года, советские лётчики совершили подвиг")]
    [InlineData("The talks continued on February 10, 2025, with the Minister")]
    [InlineData("Переговоры продолжились 10 февраля 2025 года с участием Министра")]
    [InlineData("10 февраля 2025 года в Москве прошла встреча")]
    [InlineData("The plan runs to the summit (March 1, 2099)")]
    [InlineData("План рассчитан до саммита (1 марта 2099 года)")]
    [InlineData("100 years ago, on May 9, 1945, the war ended")]
    public void A_date_that_is_history_plan_or_mention_is_not_a_dateline_in_either_language(string line)
    {
        Assert.False(Datelines.Find([line]).Exists, $"'{line}' was read as the publication date {Datelines.Find([line])}");
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
