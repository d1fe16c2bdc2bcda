using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Facets;

/// <summary>
/// Loads each new segment's <see cref="FacetOrdinals"/> when a searcher is opened, so the first search after a refresh does
/// not pay for it, and makes the searcher a <see cref="FacetCollectingSearcher"/>.
/// </summary>
internal sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            FacetOrdinals.For(leaf.AtomicReader, FacetCollector.Fields);
        }
        return new FacetCollectingSearcher(reader);
    }
}
