using Archive.Parsing.Text;

namespace Archive.Parsing.Tests.Text;

public sealed class TextFactsTests
{
    [Fact]
    public void Hashtags_are_found_on_their_own_line_inline_glued_and_in_cyrillic()
    {
        var tags = TextFacts.FindHashtags(
        [
            "#HistoryOfDiplomacy #WeWereAllies",
            "Under President Joe Biden, the #UnitedStates set the goal",
            "a durable and lasting peace.#RussiaUnitedStates",
            "Поздравляем с #ДнёмДипломата и #Победа80",
        ]);
        Assert.Equal(["HistoryOfDiplomacy", "WeWereAllies", "UnitedStates", "RussiaUnitedStates", "ДнёмДипломата", "Победа80"], tags);
    }

    [Fact]
    public void Hashtags_differing_only_in_case_or_yo_are_kept_once_as_first_written()
    {
        Assert.Equal(["ДнёмДипломата", "OSCE"], TextFacts.FindHashtags(["#ДнёмДипломата #OSCE", "#днемдипломата #osce"]));
    }

    [Fact]
    public void Url_fragments_and_numbers_are_not_hashtags()
    {
        Assert.Empty(TextFacts.FindHashtags(["see http://example.org/page#section and item #1"]));
    }

    [Fact]
    public void Urls_lose_the_punctuation_that_follows_them()
    {
        Assert.Equal(
            ["http://en.kremlin.ru/events/president/news/76477", "https://mid.ru/ru/"],
            TextFacts.FindUrls(["(in full at http://en.kremlin.ru/events/president/news/76477).", "Читайте: https://mid.ru/ru/, далее"]));
    }

    [Fact]
    public void Language_is_english_russian_or_mixed_when_both_are_substantial()
    {
        Assert.Equal("en", LanguageDetector.Detect(["Forwarded greetings from the Russia in OSCE delegation to all colleagues."]));
        Assert.Equal("ru", LanguageDetector.Detect(["Интервью Посла России газете «Аргументы и факты» о YouTube"]));
        Assert.Equal("mixed", LanguageDetector.Detect(
        [
            "On March 28th, the Embassy of Russia in Singapore hosted a lecture on Maslenitsa.",
            "28 марта в Посольстве России в Сингапуре прошла лекция о Масленице.",
        ]));
    }
}
