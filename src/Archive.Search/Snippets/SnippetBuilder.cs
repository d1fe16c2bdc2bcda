using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Snippets;

/// <summary>
/// Cuts a window of about <see cref="WindowWords"/> words around the densest run of matched words and gives it as plain
/// text with the ranges of the matched words (no HTML: the web escapes and marks them). Matches are found by
/// re-analysing the stored text word by word and stemming each word the way the index did.
/// </summary>
public static class SnippetBuilder
{
    public const int WindowWords = 30;

    // Posts can be long; the words past this point are not looked at for a snippet.
    private const int MaxScannedChars = 20_000;

    private const string Before = "… ";
    private const string After = " …";

    public static Snippet Build(string text, MatchTerms terms)
    {
        var words = Words(text.Length > MaxScannedChars ? text[..MaxScannedChars] : text, terms);
        if (words.Count == 0)
        {
            return new Snippet(text.Length > 300 ? string.Concat(text.AsSpan(0, 300), After) : text, []);
        }

        var first = DensestWindow(words);
        var last = Math.Min(first + WindowWords, words.Count) - 1;
        var start = first == 0 ? 0 : words[first].Start;
        var end = last == words.Count - 1 && text.Length <= MaxScannedChars ? text.Length : words[last].End;

        // One string for the window (none when it is the whole text) and one array of exactly the matches: a page
        // cuts twenty snippets on every search.
        var before = start > 0 ? Before : "";
        var window = start == 0 && end == text.Length
            ? text
            : string.Concat(before, text.AsSpan(start, end - start), end < text.Length ? After : "");
        var matched = 0;
        for (var i = first; i <= last; i++)
        {
            if (words[i].Matched)
            {
                matched++;
            }
        }
        if (matched == 0)
        {
            return new Snippet(window, []);
        }
        var highlights = new TextRange[matched];
        var shift = before.Length - start;
        matched = 0;
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (word.Matched)
            {
                highlights[matched++] = new TextRange(word.Start + shift, word.End - word.Start);
            }
        }
        return new Snippet(window, highlights);
    }

    private readonly record struct Word(int Start, int End, bool Matched);

    [ThreadStatic]
    private static List<Word>? t_words;

    private static List<Word> Words(string text, MatchTerms terms)
    {
        // One list per thread, emptied for each text: a page cuts twenty snippets, and a list per text was most of what
        // a search allocated. About one word per six characters: sized once instead of grown while scanning.
        var words = t_words ??= new List<Word>();
        words.Clear();
        words.EnsureCapacity(text.Length / 6 + 8);
        // Strings and a stemmer are made only for the few words that can match: most words of a post are ruled
        // out by their buffer alone (twenty posts are scanned for every page of results).
        var match = new WordMatcher(terms);
        if (!ScanWords(text, terms, match, words))
        {
            words.Clear();
            AnalyseWords(text, terms, match, words);
        }
        return words;
    }

    // The analyzer's words found by hand, faster than the analyzer (docs/benchmarks.md); false for a text with a character
    // the scan does not know.
    private static bool ScanWords(string text, MatchTerms terms, WordMatcher match, List<Word> words)
    {
        var scan = new WordScanner(text, stackalloc char[WordScanner.MaxWordLength]);
        while (scan.MoveNext())
        {
            var matched = !terms.IsEmpty && match.Matches(scan.Term, text, scan.Start, scan.End);
            words.Add(new Word(scan.Start, scan.End, matched));
        }
        return !scan.Declined;
    }

    private static void AnalyseWords(string text, MatchTerms terms, WordMatcher match, List<Word> words)
    {
        using var stream = SearchIndex.WordsAnalyzer.GetTokenStream(PostFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var matched = !terms.IsEmpty && match.Matches(term.Buffer.AsSpan(0, term.Length), text, offset.StartOffset, offset.EndOffset);
            words.Add(new Word(offset.StartOffset, offset.EndOffset, matched));
        }
        stream.End();
    }

    /// <summary>Whether an analysed word (lower-cased, 'ё' folded) is one the query matched: by a prefix, its stem, or a camel-case part's stem.</summary>
    private sealed class WordMatcher(MatchTerms terms)
    {
        // Arrays, not the interfaces: a foreach over an interface allocates an enumerator per word.
        private readonly string[] _prefixes = [.. terms.Prefixes];
        private readonly string[] _stems = [.. terms.Stems];
        private ScriptStemmer? _stemmer;

        private ScriptStemmer Stemmer => _stemmer ??= new ScriptStemmer();

        public bool Matches(ReadOnlySpan<char> word, string text, int start, int end)
        {
            foreach (var prefix in _prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            if (_stems.Length == 0)
            {
                return false;
            }
            // Stemming keeps a word's first letters, so a word can only match a stem that starts like it: this skips
            // Snowball for nearly every word of a long post.
            if (MayHaveStem(word) && terms.Stems.Contains(Stemmer.Stem(WithoutPossessive(word.ToString()))))
            {
                return true;
            }
            // A hashtag matches by its camel-case parts too ("allies" marks "#WeWereAllies").
            var original = text.AsSpan(start, end - start);
            if (!CamelCaseSplitFilter.MaySplit(original))
            {
                return false;
            }
            var source = original.ToString();
            var parts = CamelCaseSplitFilter.Split(source);
            return parts.Count > 1 && parts.Any(p =>
                terms.Stems.Contains(Stemmer.Stem(YoFoldingFilter.Fold(source.Substring(p.Start, p.Length).ToLowerInvariant()))));
        }

        private bool MayHaveStem(ReadOnlySpan<char> word)
        {
            foreach (var stem in _stems)
            {
                if (stem.Length < 2 || (word.Length >= 2 && stem[0] == word[0] && stem[1] == word[1]))
                {
                    return true;
                }
            }
            return false;
        }
    }

    private static string WithoutPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] : word;

    private static int DensestWindow(List<Word> words)
    {
        var best = 0;
        var bestCount = 0;
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Matched)
            {
                count++;
            }
            if (i >= WindowWords && words[i - WindowWords].Matched)
            {
                count--;
            }
            if (count > bestCount)
            {
                bestCount = count;
                // The window must end at or after word i; within that, start up to five words before its first match, for context.
                var firstMatch = Math.Max(0, i - WindowWords + 1);
                while (firstMatch < i && !words[firstMatch].Matched)
                {
                    firstMatch++;
                }
                best = Math.Max(0, Math.Max(i - WindowWords + 1, firstMatch - 5));
            }
        }
        return best;
    }
}
