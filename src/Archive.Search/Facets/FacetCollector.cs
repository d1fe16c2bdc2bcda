using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Facets;

/// <summary>
/// Counts facet values of every matching document in one pass: per segment, an ordinal counter array per facet
/// field over the segment's cached <see cref="FacetOrdinals"/>; ordinals turn into strings once per segment, not per document.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    internal static readonly string[] Fields =
        [PostFields.FacetTag, PostFields.FacetChannel, PostFields.FacetLanguage, PostFields.FacetYear, PostFields.FacetMonth];

    private readonly Dictionary<string, int>[] _totals = Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly FieldOrdinals?[] _values = new FieldOrdinals?[Fields.Length];
    private readonly int[]?[] _counts = new int[]?[Fields.Length];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var segment = FacetOrdinals.For(context.AtomicReader, Fields);
        for (var f = 0; f < Fields.Length; f++)
        {
            var values = segment.Fields[f];
            _values[f] = values;
            _counts[f] = values is null ? null : new int[values.Labels.Length];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < Fields.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }
            var counts = _counts[f]!;
            var ords = values.Ords;
            if (values.Starts is not { } starts)
            {
                var ord = ords[doc];
                if (ord >= 0)
                {
                    counts[ord]++;
                }
                continue;
            }
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                counts[ords[i]]++;
            }
        }
    }

    public SearchFacets Result(int maxTags = 50, int maxChannels = 50)
    {
        FlushSegment();
        return new SearchFacets(
            Hashtags: Top(_totals[0], maxTags),
            Channels: Top(_totals[1], maxChannels),
            Languages: Top(_totals[2], int.MaxValue),
            Years: Top(_totals[3], int.MaxValue),
            Months: _totals[4].OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value)).ToList());
    }

    private static List<FacetCount> Top(Dictionary<string, int> totals, int max) => totals
        .OrderByDescending(p => p.Value)
        .ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(max)
        .Select(p => new FacetCount(p.Key, p.Value))
        .ToList();

    private void FlushSegment()
    {
        for (var f = 0; f < Fields.Length; f++)
        {
            var values = _values[f];
            var counts = _counts[f];
            if (values is null || counts is null)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                var key = values.Labels[ord];
                _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
            }
            _values[f] = null;
            _counts[f] = null;
        }
    }
}
