using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Lower-cases tokens by the invariant culture, like Lucene's <c>LowerCaseFilter</c>, but without its per-character
/// culture-aware call: that call was the largest single cost of indexing. ASCII and Cyrillic, nearly every
/// character here, take a branch; other capitals go through <see cref="char.ToLowerInvariant"/>.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        LowerCase(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    /// <summary>Lower-cases a word in place as the filter does its tokens.</summary>
    public static void LowerCase(Span<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 'A')
            {
                continue;
            }
            if (c <= 'Z')
            {
                word[i] = (char)(c + 32);
            }
            else if (c < 0x80 || c is >= 'а' and <= 'я')
            {
                continue;
            }
            else if (c is >= 'А' and <= 'Я')
            {
                word[i] = (char)(c + 32);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                // Lower-casing never changes a supplementary character's UTF-16 length.
                var lower = Rune.ToLowerInvariant(new Rune(c, word[i + 1]));
                lower.EncodeToUtf16(word.Slice(i, 2));
                i++;
            }
            else if (!char.IsSurrogate(c) && char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                word[i] = char.ToLowerInvariant(c);
            }
        }
    }
}
