using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Search.Analysis;

/// <summary>Stems each token by its script (see <see cref="ScriptStemmer"/>), so English and Russian share one field.</summary>
public sealed class ScriptStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private const int CacheLimit = 20_000;
    private readonly ScriptStemmer _stemmer = new();

    // Word frequencies are skewed, so most tokens were stemmed before: a char[]-keyed cache skips Snowball for them
    // without allocating a string per token. Bounded by clearing, since one stream lives as long as its thread.
    private readonly CharArrayDictionary<char[]> _cache = new(LuceneVersion.LUCENE_48, 1024, ignoreCase: false);

    public ScriptStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_keyword.IsKeyword)
        {
            return true;
        }
        if (_cache.TryGetValue(_term.Buffer, 0, _term.Length, out var cached))
        {
            _term.CopyBuffer(cached, 0, cached.Length);
            return true;
        }
        var word = new char[_term.Length];
        Array.Copy(_term.Buffer, word, word.Length);
        var (buffer, length) = _stemmer.Stem(_term.Buffer, _term.Length);
        var stem = new char[length];
        Array.Copy(buffer, stem, length);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }
        _cache[word] = stem;
        _term.CopyBuffer(stem, 0, length);
        return true;
    }
}
