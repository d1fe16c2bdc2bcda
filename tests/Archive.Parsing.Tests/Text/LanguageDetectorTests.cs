using Archive.Parsing.Text;
using FsCheck;
using FsCheck.Xunit;

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

    // The one-pass count (no links in the text) must agree with the word-by-word count that leaves links out.
    [Property(MaxTest = 500)]
    public bool The_one_pass_count_equals_the_word_by_word_count(NonNull<string> text, bool cyrillicWords)
    {
        var sample = cyrillicWords ? text.Get + " Привет мир ёж " + text.Get : text.Get;
        int latin = 0, cyrillic = 0, latinByWord = 0, cyrillicByWord = 0;
        LanguageDetector.CountLetters(sample, ref latin, ref cyrillic);
        LanguageDetector.CountLettersOutsideLinks(sample, ref latinByWord, ref cyrillicByWord);
        return (latin, cyrillic) == (latinByWord, cyrillicByWord);
    }

    // The vector-at-a-time count against the definition, char by char; the added chars sit on both sides of each range's ends.
    [Property(MaxTest = 500)]
    public bool Counting_a_vector_at_a_time_equals_counting_char_by_char(NonNull<string> text, PositiveInt copies)
    {
        var sample = string.Concat(Enumerable.Repeat(text.Get + "Ёжa\u04FFZ\u0400\u03FF\u0500@[`{", copies.Get % 40 + 1));
        int latin = 0, cyrillic = 0;
        LanguageDetector.CountScripts(sample, ref latin, ref cyrillic);
        return latin == sample.Count(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            && cyrillic == sample.Count(c => c is >= '\u0400' and <= '\u04FF');
    }

    [Fact]
    public void A_text_longer_than_a_vector_lane_can_count_is_counted_whole()
    {
        // Over 2^16 letters per lane: the lanes' counts are added up before they could wrap.
        int latin = 0, cyrillic = 0;
        LanguageDetector.CountScripts(new string('ж', 3_000_000) + new string('q', 1_500_001), ref latin, ref cyrillic);
        Assert.Equal((1_500_001, 3_000_000), (latin, cyrillic));
    }

    [Fact]
    public void Letters_of_links_are_left_out_however_the_link_is_written()
    {
        int latin = 0, cyrillic = 0;
        LanguageDetector.CountLetters("Новость WWW.Example.org и http://example.org/abc тут", ref latin, ref cyrillic);
        Assert.Equal((0, 11), (latin, cyrillic));
    }
}
