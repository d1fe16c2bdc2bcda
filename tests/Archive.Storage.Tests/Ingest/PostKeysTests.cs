using System.Security.Cryptography;
using System.Text;
using Archive.Storage.Ingest;

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
    public void Content_hash_equals_the_split_and_join_definition(string text) =>
        Assert.Equal(ReferenceContentHash(text), PostKeys.ContentHash(text));

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
}
