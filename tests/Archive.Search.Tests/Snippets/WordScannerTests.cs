using System.Text;
using Archive.Parsing;
using Archive.Search.Indexing;
using Archive.Search.Snippets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit.Abstractions;

namespace Archive.Search.Tests.Snippets;

/// <summary>The hand-made scan against the words analyzer it stands in for: the same words, or a refusal.</summary>
public class WordScannerTests(ITestOutputHelper output)
{
    private readonly record struct Word(int Start, int End, string Term);

    private static List<Word> Analysed(string text)
    {
        var words = new List<Word>();
        using var stream = SearchIndex.WordsAnalyzer.GetTokenStream(PostFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(new Word(offset.StartOffset, offset.EndOffset, term.ToString()));
        }
        stream.End();
        return words;
    }

    /// <summary>The scan's words, or null where it declined the text.</summary>
    private static List<Word>? Scanned(string text)
    {
        var words = new List<Word>();
        var scan = new WordScanner(text, stackalloc char[WordScanner.MaxWordLength]);
        while (scan.MoveNext())
        {
            words.Add(new Word(scan.Start, scan.End, scan.Term.ToString()));
        }
        return scan.Declined ? null : words;
    }

    private static string Show(List<Word>? words) =>
        words is null ? "declined" : string.Join(" | ", words.Select(w => $"{w.Start}-{w.End}:{w.Term}"));

    // Pieces of text by what they do to word breaks, all of characters the scan knows; Unknown holds ones it must refuse.
    private static readonly Gen<string> Letters = Gen.Elements("a", "Z", "q", "é", "Ö", "ß", "ÿ", "ş", "ǅ", "µ", "ª", "ё", "Ё", "е", "я", "Щ", "Ѐ", "Ѳ", "Ӏ", "ӿ", "ℹ", "\u2126", "\u212A", "Ⓐ", "ⁿ", "Ⅻ");
    private static readonly Gen<string> Digits = Gen.Elements("0", "1", "7", "9");
    private static readonly Gen<string> Joiners = Gen.Elements(".", ",", ";", ":", "'", "’", "‘", "_", "·", "․", "‧", "⁄", "‿", "⁔");
    private static readonly Gen<string> Extends = Gen.Elements("\uFE0F", "\u20E3", "\u0301", "\u00AD", "\u200D", "\u200C", "\u0483", "\u0489", "\uFEFF", "\u200E", "\u2066");
    private static readonly Gen<string> Breaks = Gen.Elements(" ", " ", "\n", "\r\n", "\t", "-", "—", "–", "…", "«", "»", "\"", "(", ")", "!", "?", "#", "@", "/", "№", "€", "•", "\u00A0", "\u200B", "\u2028", "\u0482", "\u0000", "\u00D7");
    private static readonly Gen<string> Emoji = Gen.Elements("👉", "📰", "🤝", "🌐", "🇷🇺", "❤", "☝", "👨\u200D💻", "🏻", "🈁", "🀄");
    private static readonly Gen<string> Unknown = Gen.Elements("α", "א", "中", "ア", "ก", "ʼ", "ԙ", "\uD800", "\uDC00", "🈀", "\U000E0020", "𝐀", "Ա");

    // A word of 60 to 68 characters, sometimes with a joiner or an Extend inside: the skipped-word limit's edges.
    private static readonly Gen<string> LongWords =
        from length in Gen.Choose(60, 68)
        from letter in Gen.Elements('a', 'я', '5')
        from inside in Gen.Elements("", "", ".", "_", "'", "\uFE0F")
        from at in Gen.Choose(1, length - 1)
        let run = new string(letter, length)
        select inside.Length == 0 ? run : run[..at] + inside + run[at..];

    private static readonly Gen<string> Texts =
        from count in Gen.Choose(0, 40)
        from pieces in Gen.ListOf(Gen.Frequency(
            (30, Letters), (12, Digits), (20, Joiners), (8, Extends), (12, Breaks), (6, Emoji), (2, LongWords)), count)
        select string.Concat(pieces);

    [Property(MaxTest = 3000)]
    public Property Text_of_known_characters_is_scanned_into_the_analyzers_words() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var scanned = Scanned(text);
            Assert.True(scanned is not null, $"declined {Escaped(text)}");
            Assert.Equal(Analysed(text), scanned);
        });

    [Property(MaxTest = 1000)]
    public Property Text_with_an_unknown_character_is_declined() =>
        Prop.ForAll(Texts.ToArbitrary(), Unknown.ToArbitrary(), (text, unknown) =>
        {
            var withUnknown = text.Insert(text.Length / 2, unknown);
            Assert.True(Scanned(withUnknown) is null, $"not declined: {Escaped(withUnknown)}");
        });

    // Every character the scan knows, alone and doubled, between neighbours of every word-break class it knows, and
    // after or before a joiner that may or may not join it.
    [Fact]
    public void Every_known_character_breaks_words_as_the_tokenizer_does()
    {
        string[] neighbours = ["", "a", "Я", "7", "_", ".", ":", ",", "'", "\uFE0F", "-", " ", "👉"];
        string[] joined = ["a.", "a:", "7,", "_.", "a\uFE0F."];
        string[] joining = [".a", ":a", ",7", "._", ".\uFE0Fa"];
        var known = 0;
        for (var codePoint = 0; codePoint <= 0x1FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            var c = char.ConvertFromUtf32(codePoint);
            if (Scanned("a" + c) is null)
            {
                continue;
            }
            known++;
            var contexts = new StringBuilder();
            foreach (var before in neighbours)
            {
                foreach (var after in neighbours)
                {
                    contexts.Append(before).Append(c).Append(after).Append(' ')
                        .Append(before).Append(c).Append(c).Append(after).Append(' ');
                }
                foreach (var after in joining)
                {
                    contexts.Append(before).Append(c).Append(after).Append(' ');
                }
            }
            foreach (var before in joined)
            {
                foreach (var after in neighbours)
                {
                    contexts.Append(before).Append(c).Append(after).Append(' ');
                }
            }
            var text = contexts.ToString();
            var scanned = Scanned(text);
            var analysed = Analysed(text);
            if (scanned is null || !scanned.SequenceEqual(analysed))
            {
                Assert.Fail($"U+{codePoint:X4}: analyzer {Show(analysed)}, scan {Show(scanned)}");
            }
        }
        output.WriteLine($"{known} characters known to the scan");
        Assert.True(known > 6000, $"only {known} characters known to the scan");
    }

    [Theory]
    [InlineData("The U.S.A. and e.g., don't, don’t, 1,234.5 or 1;2 and 3:4, a:b, a.1, 1.a, a1.2b, a..b, a_, _a, __, a_.b")]
    [InlineData("Посольство России в Сингапуре: «Ёлка» — 12.05.2025, т.е. 8️⃣0️⃣ лет!")]
    [InlineData("📰 Read in full 👉 https://t.me/MFARussia/12345 #WeWereAllies @mfa_russia 🇷🇺🇺🇸📞 ℹ️ ❗️ ☝️…")]
    [InlineData("\r\n\r\n• Line one\n🔹 Line two 🤝🌐\n")]
    public void Ordinary_text_is_scanned_into_the_analyzers_words(string text)
    {
        var scanned = Scanned(text);
        Assert.NotNull(scanned);
        Assert.Equal(Analysed(text), scanned);
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_skipped_and_one_at_the_limit_kept()
    {
        var atLimit = new string('я', WordScanner.MaxWordLength);
        var text = $"{atLimit} {atLimit}Я {atLimit[1..]}\uFE0F done";
        List<Word> expected = [new(0, 64, atLimit), new(131, 195, atLimit[1..] + "\uFE0F"), new(196, 200, "done")];
        Assert.Equal(expected, Scanned(text));
        Assert.Equal(Analysed(text), Scanned(text));
    }

    [Fact]
    public void Sample_posts_are_scanned_into_the_analyzers_words_or_declined()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .SelectMany(path => DumpReader.Default.Open(path, new ParseOptions()).Posts.Select(p => p.Text))
            .ToList();
        var scanned = 0;
        foreach (var text in texts)
        {
            var words = Scanned(text);
            if (words is null)
            {
                continue;
            }
            scanned++;
            Assert.Equal(Analysed(text), words);
        }
        output.WriteLine($"{scanned} of {texts.Count} sample posts scanned by hand");
        Assert.True(texts.Count > 0);
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
