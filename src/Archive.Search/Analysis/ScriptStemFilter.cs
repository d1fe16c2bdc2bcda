using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>Stems each token by its script (see <see cref="ScriptStemmer"/>), so English and Russian share one field.</summary>
public sealed class ScriptStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly ScriptStemmer _stemmer = new();

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
        if (!_keyword.IsKeyword)
        {
            var (buffer, length) = _stemmer.Stem(_term.Buffer, _term.Length);
            if (!ReferenceEquals(buffer, _term.Buffer) || length != _term.Length)
            {
                _term.CopyBuffer(buffer, 0, length);
            }
        }
        return true;
    }
}
