using System.Security.Cryptography;
using System.Text;
using Archive.Parsing;
using Archive.Storage.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Storage.Tests.Ingest;

/// <summary>Content hashes identify stored posts across re-ingests: the one-pass hash must give exactly the bytes the first version hashed.</summary>
public class PostKeysTests
{
    // The first definition of the content hash, kept here as the reference: split into lines, then into words.
    private static string ReferenceContentHash(string text)
    {
        var normalized = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                normalized.AppendJoin(' ', words).Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString())));
    }

    [Theory]
    [InlineData("")]
    [InlineData("One")]
    [InlineData("  One   two\t three  ")]
    [InlineData("One\n\n\ntwo\r\nthree\rfour")]
    [InlineData("\n\n  \n")]
    [InlineData("Lines\fwith\u0085every\u2028kind\u2029of end\u000Band a vertical tab")]
    [InlineData("Non-breaking\u00A0space and\u3000ideographic one")]
    [InlineData("Эмодзи 👍 и ёлка #ЁлкаЖеланий\n\nhttps://t.me/x")]
    [InlineData("A lone surrogate \uD83D here")]
    [InlineData("Ogham\u1680space, en\u2002em\u2003thin\u2009hair\u200A, narrow\u202Fmedium\u205F; not space: \u001C\u001D\u001E\u001F\u200B")]
    [InlineData("  \u3000leading and trailing\u00A0 \t")]
    public void Content_hash_equals_the_split_and_join_definition(string text) =>
        Assert.Equal(ReferenceContentHash(text), PostKeys.ContentHash(text));

    // Ids are stored and published: the reused hash object must give the ids the one-shot SHA-256 gave.
    [Theory]
    [InlineData("mfa_russia\n0123abcd\n0")]
    [InlineData("Министерство иностранных дел Российской Федерации — официальный канал\nmessage\n123456789")]
    [InlineData("")]
    public void Short_ids_are_the_first_60_bits_of_the_keys_sha256_in_base32(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var bits = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
        var expected = new string(Enumerable.Range(0, 12).Select(i => "abcdefghijklmnopqrstuvwxyz234567"[(int)(bits >> (64 - 5 * (i + 1))) & 31]).ToArray());
        Assert.Equal(expected, PostKeys.ShortId(key));
        Assert.Equal(expected, PostKeys.ShortId(key)); // and again, from the reset hash object
    }

    [Fact]
    public void Content_hash_of_a_long_post_equals_the_split_and_join_definition()
    {
        // Longer than the hasher's chunk, with multi-byte characters and a surrogate pair across chunk edges.
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? $"Строка {i} 💯\n" : $"line  {i}\tword 😁 "));
        Assert.Equal(ReferenceContentHash(text), PostKeys.ContentHash(text));
    }

    [Fact]
    public void Content_hash_ignores_spacing_and_blank_lines_but_not_words()
    {
        Assert.Equal(PostKeys.ContentHash("a b\nc"), PostKeys.ContentHash("  a   b \r\n\r\n c\n"));
        Assert.NotEqual(PostKeys.ContentHash("a b\nc"), PostKeys.ContentHash("a b c"));
    }

    // The first definition of the fingerprint, kept as the reference: stored fingerprints must not change.
    private static string ReferenceFingerprint(ParsedPost post)
    {
        var text = new StringBuilder();
        text.Append(post.Text).Append('\u001f')
            .Append(post.Language).Append('\u001f')
            .Append(post.ForwardedFrom).Append('\u001f')
            .Append(post.HasMedia).Append('\u001f')
            .Append(post.MediaNote).Append('\u001f')
            .AppendJoin('\u001e', post.Hashtags).Append('\u001f')
            .AppendJoin('\u001e', post.Reactions.Select(r => $"{r.Key}={r.Value}")).Append('\u001f')
            .Append(post.Published.Date?.ToString("yyyy-MM-dd")).Append('/').Append(post.Published.Confidence).Append('\u001f')
            .AppendJoin('\u001e', post.MentionedDates.Select(d => d.ToString("yyyy-MM-dd"))).Append('\u001f')
            .Append(post.PublishedAt?.ToString("O")).Append('\u001f')
            .Append(post.EditedAt?.ToString("O")).Append('\u001f')
            .Append(post.Author).Append('\u001f')
            .Append(post.ReplyToMessageId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static TheoryData<ParsedPost> Posts() =>
    [
        new ParsedPost { SourceIndex = 0, Text = "", Language = "en" },
        new ParsedPost { SourceIndex = 3, Text = "One post\n\nwith lines 👍 and a lone \uD83D surrogate", Language = "mixed" },
        new ParsedPost { SourceIndex = 4, Text = "Ends in half a pair \uD83D", Language = "en", Hashtags = ["\uDE00tag"] },
        new ParsedPost
        {
            SourceIndex = 7,
            Text = string.Concat(Enumerable.Range(0, 300).Select(i => $"Строка {i} 💯 line\n")),
            Language = "ru",
            ForwardedFrom = "МИД России",
            HasMedia = true,
            MediaNote = "photo",
            Hashtags = ["ДеньКосмонавтики", "Peace"],
            Reactions = [new("👍", 18), new("❤", 8), new("💯", 2)],
            Published = new PublishedDate(new DateOnly(2022, 3, 16), DateConfidence.Explicit),
            MentionedDates = [new DateOnly(1945, 2, 4), new DateOnly(2022, 3, 16)],
            PublishedAt = new DateTimeOffset(2022, 3, 16, 9, 30, 5, TimeSpan.FromHours(3)),
            EditedAt = new DateTimeOffset(2022, 3, 17, 10, 0, 0, TimeSpan.Zero),
            MessageId = 42,
            Author = "Press office",
            ReplyToMessageId = 41,
        },
    ];

    [Theory]
    [MemberData(nameof(Posts))]
    public void Fingerprint_equals_the_first_definition(ParsedPost post)
    {
        Assert.Equal(ReferenceFingerprint(post), PostKeys.Fingerprint(post));
        // Twice: the builder kept between posts must start empty each time.
        Assert.Equal(ReferenceFingerprint(post), PostKeys.Fingerprint(post));
    }

    public static TheoryData<string> Texts() =>
    [
        "", "One", "One line\nand another", "  One   two\t three  ", "One\n\n\ntwo\r\nthree\rfour", "\n\n  \n", "trailing \nspace",
        "Lines\fwith\u0085every\u2028kind\u2029of end\u000Band a vertical tab", "Non-breaking\u00A0space and\u3000ideographic one",
        "Эмодзи 👍 и ёлка #ЁлкаЖеланий\nhttps://t.me/x", "«Кавычки» — тире… “quotes”\nи ещё строка", "A lone surrogate \uD83D here",
        "Ogham\u1680space, en\u2002em\u2003thin\u2009hair\u200A, narrow\u202Fmedium\u205F; not space: \u001C\u001D\u001E\u001F\u200B",
        " leading", "trailing\n", "\u00A0", "ends in a line separator\u2028",
    ];

    // The two hashes at once must be the two hashes apart, whether or not the text takes the one-pass path.
    [Theory]
    [MemberData(nameof(Texts))]
    public void Both_hashes_at_once_equal_the_hashes_apart(string text)
    {
        var post = new ParsedPost { SourceIndex = 0, Text = text, Language = "ru", Hashtags = ["Peace"], Reactions = [new("👍", 3)] };
        Assert.Equal((PostKeys.ContentHash(text), PostKeys.Fingerprint(post)), PostKeys.Hashes(post));
        Assert.Equal((ReferenceContentHash(text), ReferenceFingerprint(post)), PostKeys.Hashes(post)); // again, from the reset hash object
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public void Both_hashes_at_once_equal_the_first_definitions_for_every_field(ParsedPost post) =>
        Assert.Equal((ReferenceContentHash(post.Text), ReferenceFingerprint(post)), PostKeys.Hashes(post));

    // Texts drawn mostly from words, single spaces and line ends (the normal form), with now and then one of the kinds of
    // white space and line end that take a text out of it: often a text has just one of them, which the check must notice.
    private static readonly Gen<string> Pieces = Gen.Frequency(
        (12, Gen.Elements("word", "слово", "ёж", "👍", "«", "»", "—", "…", " ", "\n")),
        (1, Gen.Elements("  ", "\n\n", " \n", "\n ", "\r\n", "\t", "\u00A0", "\u0085", "\u2028", "\u2029", "\u3000", "\u1680",
            "\u2009", "\u202F", "\u205F", "\f", "\v", "\u200B", "\uD83D")));

    [Property(MaxTest = 1000)]
    public Property Both_hashes_at_once_equal_the_first_definitions_for_any_spacing() =>
        Prop.ForAll(Gen.ListOf(Pieces).Select(string.Concat).ToArbitrary(), text =>
        {
            var post = new ParsedPost { SourceIndex = 0, Text = text, Language = "en" };
            return PostKeys.Hashes(post) == (ReferenceContentHash(text), ReferenceFingerprint(post));
        });

    [Theory]
    [InlineData("One", true)]
    [InlineData("One two\nthree «four» — five 👍", true)]
    [InlineData("", false)]
    [InlineData("two  spaces", false)]
    [InlineData("space \nbefore a line end", false)]
    [InlineData("space\n after a line end", false)]
    [InlineData("blank\n\nline", false)]
    [InlineData(" leading", false)]
    [InlineData("trailing\n", false)]
    [InlineData("tab\there", false)]
    [InlineData("crlf\r\nhere", false)]
    [InlineData("no-break\u00A0space", false)]
    [InlineData("thin\u2009space", false)]
    [InlineData("ideographic\u3000space", false)]
    public void The_normal_form_is_trimmed_lines_of_single_spaced_words(string text, bool normal) =>
        Assert.Equal(normal, PostKeys.IsNormalForm(Encoding.UTF8.GetBytes(text)));
}
