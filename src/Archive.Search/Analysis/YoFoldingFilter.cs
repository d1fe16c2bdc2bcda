using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>Folds 'ё' to 'е' (after lower-casing): Russian text writes either, readers search with 'е'.</summary>
public sealed class YoFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public YoFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] == 'ё')
            {
                buffer[i] = 'е';
            }
        }
        return true;
    }

    public static string Fold(string lowerCased) => lowerCased.Replace('ё', 'е');
}
