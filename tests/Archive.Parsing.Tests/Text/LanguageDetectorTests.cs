using Archive.Parsing.Text;

namespace Archive.Parsing.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("The talks ended with a joint statement.", "en")]
    [InlineData("Переговоры завершились совместным заявлением.", "ru")]
    [InlineData("The talks ended. Переговоры завершились.", "mixed")]
    public void Latin_and_cyrillic_letter_counts_decide_the_language(string text, string language) =>
        Assert.Equal(language, LanguageDetector.Detect(text));

    [Fact]
    public void A_link_in_a_russian_post_does_not_make_it_mixed() =>
        Assert.Equal(Languages.Russian, LanguageDetector.Detect("Читайте полностью: https://example.org/news/statement-on-talks"));

    [Fact]
    public void A_few_latin_letters_in_a_russian_post_do_not_make_it_mixed() =>
        Assert.Equal(Languages.Russian, LanguageDetector.Detect("Министр выступил на заседании Совета Безопасности ООН (UN)."));
}
