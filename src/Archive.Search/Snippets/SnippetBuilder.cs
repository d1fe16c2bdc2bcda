using System.Text;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Snippets;

/// <summary>
/// Cuts a window of about <see cref="WindowWords"/> words around the densest run of matched words, marks the
/// matches with &lt;mark&gt; and HTML-escapes everything else. Matches are found by re-analysing the stored text
/// word by word and stemming each word the way the index did.
/// </summary>
public static class SnippetBuilder
{
    public const int WindowWords = 30;

    // Posts can be long; the words past this point are not looked at for a snippet.
    private const int MaxScannedChars = 20_000;

    public static string Build(string text, MatchTerms terms)
    {
        var words = Words(text.Length > MaxScannedChars ? text[..MaxScannedChars] : text, terms);
        if (words.Count == 0)
        {
            return Escape(text.Length > 300 ? text[..300] + " …" : text);
        }

        var first = DensestWindow(words);
        var last = Math.Min(first + WindowWords, words.Count) - 1;
        var start = first == 0 ? 0 : words[first].Start;
        var end = last == words.Count - 1 && text.Length <= MaxScannedChars ? text.Length : words[last].End;

        var html = new StringBuilder((end - start) * 11 / 10 + 32);
        if (start > 0)
        {
            html.Append("… ");
        }
        var at = start;
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (!word.Matched)
            {
                continue;
            }
            html.Append(Escape(text[at..word.Start])).Append("<mark>").Append(Escape(text[word.Start..word.End])).Append("</mark>");
            at = word.End;
        }
        html.Append(Escape(text[at..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }
        return html.ToString();
    }

    /// <summary>HTML-escapes the five characters that matter in text and attributes.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private readonly record struct Word(int Start, int End, bool Matched);

    private static List<Word> Words(string text, MatchTerms terms)
    {
        var words = new List<Word>();
        var stemmer = new ScriptStemmer();
        using var stream = SearchIndex.WordsAnalyzer.GetTokenStream(PostFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var matched = !terms.IsEmpty && Matches(term.ToString(), text.Substring(offset.StartOffset, offset.EndOffset - offset.StartOffset), terms, stemmer);
            words.Add(new Word(offset.StartOffset, offset.EndOffset, matched));
        }
        stream.End();
        return words;
    }

    private static bool Matches(string word, string original, MatchTerms terms, ScriptStemmer stemmer)
    {
        foreach (var prefix in terms.Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (terms.Stems.Count == 0)
        {
            return false;
        }
        // Stemming keeps a word's first letters, so a word can only match a stem that starts like it: this skips
        // Snowball for nearly every word of a long post.
        if (terms.Stems.Any(s => s.Length < 2 || (word.Length >= 2 && s[0] == word[0] && s[1] == word[1]))
            && terms.Stems.Contains(stemmer.Stem(WithoutPossessive(word))))
        {
            return true;
        }
        // A hashtag matches by its camel-case parts too ("allies" marks "#WeWereAllies").
        var parts = CamelCaseSplitFilter.Split(original);
        return parts.Count > 1 && parts.Any(p =>
            terms.Stems.Contains(stemmer.Stem(YoFoldingFilter.Fold(original.Substring(p.Start, p.Length).ToLowerInvariant()))));
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
