using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Facets;

/// <summary>An <see cref="IndexSearcher"/> that hands each hit straight to a <see cref="FacetCollector"/>, in a loop of its own.</summary>
/// <remarks>
/// Lucene's default loop calls the collector through <see cref="ICollector"/> from a call site that sees every collector
/// type the app uses, so each hit of every search went through the runtime's slowest interface dispatch (a measurable
/// share of the search page's CPU: docs/benchmarks.md). Here the call is to the sealed type. Only in-order scorers take this path: a weight that may
/// score out of order (a pure disjunction, which Lucene scores in buckets) keeps Lucene's bulk scorer.
/// </remarks>
internal sealed class FacetCollectingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        if (collector is not FacetCollector facets || weight.ScoresDocsOutOfOrder)
        {
            base.Search(leaves, weight, collector);
            return;
        }
        foreach (var leaf in leaves)
        {
            facets.SetNextReader(leaf);
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }
            facets.SetScorer(scorer);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                facets.Collect(doc);
            }
        }
    }
}
