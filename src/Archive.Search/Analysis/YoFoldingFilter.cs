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
        Fold(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    public static string Fold(string lowerCased) => lowerCased.Replace('ё', 'е');

    /// <summary>Folds a lower-cased word in place as the filter does its tokens.</summary>
    public static void Fold(Span<char> lowerCased)
    {
        // The filter's loop as it was: Span.Replace made no measurable difference on words this short.
        foreach (ref var c in lowerCased)
        {
            if (c == 'ё')
            {
                c = 'е';
            }
        }
    }
}
