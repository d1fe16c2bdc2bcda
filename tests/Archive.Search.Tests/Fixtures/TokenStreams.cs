using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Tests.Fixtures;

/// <summary>Reads a token stream to its end, as Lucene's consumers do, and disposes it.</summary>
internal static class TokenStreams
{
    public static List<string> Terms(TokenStream stream)
    {
        var terms = new List<string>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }
            stream.End();
        }
        return terms;
    }
}
