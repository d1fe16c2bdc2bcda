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
    public static string? Suggest(IndexReader reader, string? query) => SuggestWithConfidence(reader, query)?.Query;

    /// <summary>
    /// The correction and whether it is confident enough to search instead of the query typed: every replaced word one
    /// edit away, or two in a word of seven letters or more (two edits in a short word often make another word).
    /// </summary>
    public static SpellingSuggestion? SuggestWithConfidence(IndexReader reader, string? query)
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
        var confident = true;
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
            // One edit first: the nearest words are the likeliest, and the walk is shorter.
            var edits = 1;
            var best = Closest(terms, term, edits);
            if (best is null)
            {
                edits = MaxEdits;
                best = Closest(terms, term, edits);
            }
            if (best is null)
            {
                return word;
            }
            changed = true;
            confident &= edits == 1 || word.Length >= 7;
            return best;
        });
        return changed ? new SpellingSuggestion(suggestion, confident) : null;
    }

    private static string? Closest(Terms terms, Term term, int maxEdits)
    {
        // The first letter is kept: it is rarely the mistyped one, and it keeps the walk over the term dictionary short.
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), term, maxEdits, prefixLength: 1, transpositions: true);
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

/// <summary>A corrected query, and whether it may be searched in place of the one typed when that found nothing.</summary>
public sealed record SpellingSuggestion(string Query, bool Confident);
