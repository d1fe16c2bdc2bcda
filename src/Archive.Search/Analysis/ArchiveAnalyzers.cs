using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Search.Analysis;

/// <summary>
/// The text field's analysis: Unicode words, lower-cased, 'ё'→'е', English and Russian stop words dropped,
/// English possessives cut, then each word stemmed by its script. <paramref name="splitCamelCase"/> is on for
/// indexing (hashtag parts become extra words) and off for queries (a query word is one word).
/// <paramref name="captureWords"/> (indexing only) records the unstemmed words for the words field on the way (see <see cref="WordsCapture"/>).
/// </summary>
public sealed class MorphologyAnalyzer(bool splitCamelCase, bool captureWords = false) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>StandardTokenizer's limit in both analyzers: a longer word is skipped, not cut.</summary>
    internal const int MaxTokenLength = 64;

    /// <summary>English and Russian stop words, 'ё' folded like the tokens they are compared with.</summary>
    public static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = MorphologyAnalyzer.MaxTokenLength };
        TokenStream stream = splitCamelCase ? new CamelCaseSplitFilter(source) : source;
        stream = new InvariantLowerCaseFilter(stream);
        stream = new YoFoldingFilter(stream);
        if (captureWords)
        {
            stream = new WordsCaptureFilter(stream);
        }
        stream = new StopFilter(Version, stream, StopWords);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ScriptStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, 600, ignoreCase: false);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            set.Add(word);
        }
        foreach (var word in RussianAnalyzer.DefaultStopSet)
        {
            set.Add(YoFoldingFilter.Fold(word.ToString()!));
        }
        return set.AsReadOnly();
    }
}

/// <summary>Unstemmed words (lower-cased, 'ё'→'е', no stop words dropped): the field prefix queries run on, and how snippets find words.</summary>
public sealed class WordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(MorphologyAnalyzer.Version, reader) { MaxTokenLength = MorphologyAnalyzer.MaxTokenLength };
        TokenStream stream = new InvariantLowerCaseFilter(source);
        stream = new YoFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
