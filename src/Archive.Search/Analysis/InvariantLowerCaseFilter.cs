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
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 'A')
            {
                continue;
            }
            if (c <= 'Z')
            {
                buffer[i] = (char)(c + 32);
            }
            else if (c < 0x80 || c is >= 'а' and <= 'я')
            {
                continue;
            }
            else if (c is >= 'А' and <= 'Я')
            {
                buffer[i] = (char)(c + 32);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                // Lower-casing never changes a supplementary character's UTF-16 length.
                var lower = Rune.ToLowerInvariant(new Rune(c, buffer[i + 1]));
                lower.EncodeToUtf16(buffer.AsSpan(i, 2));
                i++;
            }
            else if (!char.IsSurrogate(c) && char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }
        return true;
    }
}
