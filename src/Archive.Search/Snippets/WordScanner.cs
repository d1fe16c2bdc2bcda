using System.Runtime.CompilerServices;
using Archive.Search.Analysis;

namespace Archive.Search.Snippets;

/// <summary>
/// The words <see cref="WordsAnalyzer"/> gives (offsets, and text lower-cased and 'ё'-folded), found by hand in text
/// whose every character has a word-break class listed here; at any other character the scan stops and is
/// <see cref="Declined"/>, and the text is left to the analyzer.
/// </summary>
/// <remarks>
/// StandardTokenizer's grammar (UAX#29 as of Unicode 6.3) over these classes: letters, digits and connectors ('_')
/// next to each other make one word; a MidLetter (':') joins two letters, a MidNum (',' ';') two digits, a MidNumLet
/// ('.' and the apostrophes) either; Extend and Format characters belong to the character before them; a run of
/// connectors alone is no word; a word longer than <see cref="MaxWordLength"/> is skipped whole.
/// </remarks>
internal ref struct WordScanner
{
    public const int MaxWordLength = MorphologyAnalyzer.MaxTokenLength;

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _term;
    private int _at;

    /// <param name="text">The text to scan.</param>
    /// <param name="term">Room for a word's folded text, at least <see cref="MaxWordLength"/> long.</param>
    public WordScanner(ReadOnlySpan<char> text, Span<char> term)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(term.Length, MaxWordLength, nameof(term));
        _text = text;
        _term = term;
    }

    public int Start { get; private set; }

    public int End { get; private set; }

    /// <summary>The current word lower-cased and 'ё'-folded, as the analyzer's term: valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Term => _term[..(End - Start)];

    /// <summary>Whether the scan met a character it does not know: the words given so far are then not all of the text's.</summary>
    public bool Declined { get; private set; }

    public bool MoveNext()
    {
        while (FindWordStart(out var start))
        {
            var end = WordEnd(start, out var hasLetterOrDigit);
            _at = end;
            if (hasLetterOrDigit && end - start <= MaxWordLength)
            {
                Start = start;
                End = end;
                var term = _term[..(end - start)];
                _text[start..end].CopyTo(term);
                InvariantLowerCaseFilter.LowerCase(term);
                YoFoldingFilter.Fold(term);
                return true;
            }
        }
        return false;
    }

    private bool FindWordStart(out int start)
    {
        var text = _text;
        for (var at = _at; at < text.Length; at++)
        {
            var kind = KindOf(text[at]);
            if (kind is >= WordBreak.Letter and <= WordBreak.Connector)
            {
                start = at;
                return true;
            }
            if (kind == WordBreak.HighSurrogate && IsOtherPair(text, at))
            {
                at++;
            }
            else if (kind is WordBreak.Unknown or WordBreak.HighSurrogate)
            {
                Declined = true;
                break;
            }
        }
        start = 0;
        return false;
    }

    // The word starting at start ends after its last letter, digit or connector and the Extend characters after it;
    // a Mid character is in it only between two letters or two digits. A character the word stops at is looked at
    // again (and declined, if unknown) as the next word is looked for.
    private readonly int WordEnd(int start, out bool hasLetterOrDigit)
    {
        var text = _text;
        var last = KindOf(text[start]);
        hasLetterOrDigit = last != WordBreak.Connector;
        var at = start + 1;
        while (at < text.Length)
        {
            var kind = KindOf(text[at]);
            if (kind is >= WordBreak.Letter and <= WordBreak.Connector)
            {
                last = kind;
                hasLetterOrDigit |= kind != WordBreak.Connector;
            }
            else if (kind is >= WordBreak.MidLetter and <= WordBreak.MidNumLet && Joins(kind, last))
            {
                var next = at + 1;
                while (next < text.Length && KindOf(text[next]) == WordBreak.Extend)
                {
                    next++;
                }
                if (next == text.Length || KindOf(text[next]) != last)
                {
                    break;
                }
                at = next;
            }
            else if (kind != WordBreak.Extend)
            {
                break;
            }
            at++;
        }
        return at;
    }

    private static bool Joins(WordBreak mid, WordBreak kind) => mid switch
    {
        WordBreak.MidLetter => kind == WordBreak.Letter,
        WordBreak.MidNum => kind == WordBreak.Digit,
        _ => kind is WordBreak.Letter or WordBreak.Digit,
    };

    // The pictographs and emoticons planes' block: Other in Unicode 6.3 or not yet assigned then (so Other), but for
    // U+1F200, a Hiragana square.
    private static bool IsOtherPair(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
        && char.ConvertToUtf32(text[at], text[at + 1]) is >= 0x1F000 and <= 0x1FAFF and not 0x1F200;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordBreak KindOf(char c) =>
        c < Kinds.Length ? Kinds[c]
        : c is >= '\uFE00' and <= '\uFE0F' or '\uFEFF' ? WordBreak.Extend
        : char.IsHighSurrogate(c) ? WordBreak.HighSurrogate
        : WordBreak.Unknown;

    // Word kinds and Mid kinds each in a row, for range tests.
    private enum WordBreak : byte
    {
        Unknown,
        Other,
        Letter,
        Digit,
        // ExtendNumLet.
        Connector,
        MidLetter,
        MidNum,
        MidNumLet,
        // Extend or Format.
        Extend,
        // Of a pair that may be a pictograph (Other), or not known.
        HighSurrogate,
    }

    // Unicode 6.3's word-break classes as StandardTokenizerImpl's tables have them (the apostrophe, Single_Quote there,
    // acts as MidNumLet outside Hebrew), for Latin, Cyrillic, punctuation and symbols; the rest stays Unknown. The tests
    // hold every character listed against the tokenizer itself.
    private static readonly WordBreak[] Kinds = BuildKinds();

    private static WordBreak[] BuildKinds()
    {
        var kinds = new WordBreak[0x2C00];
        void Set(char first, char last, WordBreak kind) => kinds.AsSpan(first, last - first + 1).Fill(kind);

        Set('\u0000', '\u00FF', WordBreak.Other);
        Set('\u0482', '\u0482', WordBreak.Other);
        Set('\u2000', '\u2BFF', WordBreak.Other);

        Set('0', '9', WordBreak.Digit);

        Set('A', 'Z', WordBreak.Letter);
        Set('a', 'z', WordBreak.Letter);
        Set('\u00AA', '\u00AA', WordBreak.Letter);
        Set('\u00B5', '\u00B5', WordBreak.Letter);
        Set('\u00BA', '\u00BA', WordBreak.Letter);
        Set('\u00C0', '\u00D6', WordBreak.Letter);
        Set('\u00D8', '\u00F6', WordBreak.Letter);
        Set('\u00F8', '\u024F', WordBreak.Letter);
        Set('\u0400', '\u0481', WordBreak.Letter);
        Set('\u048A', '\u04FF', WordBreak.Letter);
        Set('\u2071', '\u2071', WordBreak.Letter);
        Set('\u207F', '\u207F', WordBreak.Letter);
        Set('\u2090', '\u209C', WordBreak.Letter);
        Set('\u2102', '\u2102', WordBreak.Letter);
        Set('\u2107', '\u2107', WordBreak.Letter);
        Set('\u210A', '\u2113', WordBreak.Letter);
        Set('\u2115', '\u2115', WordBreak.Letter);
        Set('\u2119', '\u211D', WordBreak.Letter);
        Set('\u2124', '\u2124', WordBreak.Letter);
        Set('\u2126', '\u2126', WordBreak.Letter);
        Set('\u2128', '\u2128', WordBreak.Letter);
        Set('\u212A', '\u212D', WordBreak.Letter);
        Set('\u212F', '\u2139', WordBreak.Letter);
        Set('\u213C', '\u213F', WordBreak.Letter);
        Set('\u2145', '\u2149', WordBreak.Letter);
        Set('\u214E', '\u214E', WordBreak.Letter);
        Set('\u2160', '\u2188', WordBreak.Letter);
        Set('\u24B6', '\u24E9', WordBreak.Letter);

        Set('_', '_', WordBreak.Connector);
        Set('\u203F', '\u2040', WordBreak.Connector);
        Set('\u2054', '\u2054', WordBreak.Connector);

        Set(':', ':', WordBreak.MidLetter);
        Set('\u00B7', '\u00B7', WordBreak.MidLetter);
        Set('\u2027', '\u2027', WordBreak.MidLetter);

        Set(',', ',', WordBreak.MidNum);
        Set(';', ';', WordBreak.MidNum);
        Set('\u2044', '\u2044', WordBreak.MidNum);

        Set('\'', '\'', WordBreak.MidNumLet);
        Set('.', '.', WordBreak.MidNumLet);
        Set('\u2018', '\u2019', WordBreak.MidNumLet);
        Set('\u2024', '\u2024', WordBreak.MidNumLet);

        Set('\u00AD', '\u00AD', WordBreak.Extend);
        Set('\u0300', '\u036F', WordBreak.Extend);
        Set('\u0483', '\u0489', WordBreak.Extend);
        Set('\u200C', '\u200F', WordBreak.Extend);
        Set('\u202A', '\u202E', WordBreak.Extend);
        Set('\u2060', '\u2064', WordBreak.Extend);
        Set('\u2066', '\u206F', WordBreak.Extend);
        Set('\u20D0', '\u20F0', WordBreak.Extend);
        return kinds;
    }
}
