using System.Text;
using System.Text.RegularExpressions;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Spelling;

/// <summary>"Did you mean": each query word the index has never seen, replaced by the most frequent indexed word within two edits.</summary>
/// <remarks>Lucene.Net.Suggest is not available here; FuzzyTermsEnum over the unstemmed words field in Lucene's core does the same job.</remarks>
public static partial class SpellingSuggester
{
    private const int MaxEdits = 2;

    /// <summary>The query with misspelled words corrected, or null when every word is known or none has a near neighbour.</summary>
    public static string? Suggest(IndexReader reader, string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > 200)
        {
            return null;
        }
        var terms = MultiFields.GetTerms(reader, PostFields.Words);
        if (terms is null)
        {
            return null;
        }

        var changed = false;
        var suggestion = WordPattern().Replace(query, match =>
        {
            var word = match.Value;
            if (word.Length < 3 || word is "OR" or "AND" or "NOT" || match.Index > 0 && query[match.Index - 1] == '-')
            {
                return word;
            }
            var folded = word.ToLowerInvariant().Replace('ё', 'е');
            var term = new Term(PostFields.Words, folded);
            if (reader.DocFreq(term) > 0)
            {
                return word;
            }
            var best = Closest(terms, term);
            if (best is null)
            {
                return word;
            }
            changed = true;
            return best;
        });
        return changed ? suggestion : null;
    }

    private static string? Closest(Terms terms, Term term)
    {
        // The first letter is kept: it is rarely the mistyped one, and it keeps the walk over the term dictionary short.
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), term, MaxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestFrequency = 0;
        var bestBoost = 0f;
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term;
            // Fewer edits first (a higher boost), then the more common word.
            var frequency = fuzzy.DocFreq;
            if (boost.Boost > bestBoost || (boost.Boost == bestBoost && frequency > bestFrequency))
            {
                best = Encoding.UTF8.GetString(candidate.Bytes, candidate.Offset, candidate.Length);
                bestFrequency = frequency;
                bestBoost = boost.Boost;
            }
        }
        return best;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
