using System.Globalization;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Facets;

/// <summary>
/// Counts facet values of every matching document in one pass: per segment, an ordinal counter array per facet
/// field over the segment's cached <see cref="FacetOrdinals"/>; ordinals turn into strings once per segment, not per document.
/// </summary>
/// <remarks>
/// It wraps the collector of the page's top hits and passes every hit on to it: beside it under a
/// <see cref="MultiCollector"/>, each hit was one more interface call, from a call site that saw two types (a slow
/// dispatch). This runs for every hit of every search, so the per-hit work is kept to array reads: the single-valued fields
/// (channel, language, month, forward source) are one increment together (<see cref="SingleValuedCombinations"/>), the multi-valued
/// one (hashtags) one increment for its set of values (<see cref="ValueSets"/>), a field with too many tuples or sets
/// gets its own loop over the hit's values, and the year is not counted
/// per hit at all: a post has a year exactly when it has a month (both come from its publication date), so the
/// years are the months' totals added up by year.
/// </remarks>
internal sealed class FacetCollector(ICollector topHits) : ICollector
{
    internal static readonly string[] Fields =
        [PostFields.FacetTag, PostFields.FacetChannel, PostFields.FacetLanguage, PostFields.FacetMonth, PostFields.FacetForwarded];

    private const int Tag = 0, Channel = 1, Language = 2, Month = 3, Forwarded = 4;

    // The relevance-sorted top hits called through their class, a virtual call: the interface call's site saw each
    // kind of top-hits collector and dispatched slowly on every hit.
    private readonly TopScoreDocCollector? _byScore = topHits as TopScoreDocCollector;

    private readonly Dictionary<string, int>[] _totals = Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly FieldOrdinals?[] _values = new FieldOrdinals?[Fields.Length];
    private readonly int[]?[] _counts = new int[]?[Fields.Length];

    // The current segment's fields that have values, split by layout: what Collect walks. The single-valued
    // fields are counted together, per tuple of their ordinals (SingleValuedCombinations).
    private SingleValuedCombinations? _combinations;
    private int[] _combinationOfDoc = [];
    private int[] _combinationCounts = [];
    private readonly ValueSets[] _sets = new ValueSets[Fields.Length];
    private readonly int[][] _setOfDoc = new int[Fields.Length][];
    private readonly int[][] _setCounts = new int[Fields.Length][];
    private readonly int[] _setFields = new int[Fields.Length];
    private int _setCount;
    private readonly int[][] _multiStarts = new int[Fields.Length][];
    private readonly int[][] _multiOrds = new int[Fields.Length][];
    private readonly int[][] _multiCounts = new int[Fields.Length][];
    private int _multis;

    public bool AcceptsDocsOutOfOrder => topHits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => topHits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        topHits.SetNextReader(context);
        FlushSegment();
        var segment = FacetOrdinals.For(context.AtomicReader, Fields);
        _combinations = segment.Combinations;
        _combinationOfDoc = segment.Combinations.OfDoc;
        _combinationCounts = new int[segment.Combinations.Count];
        _setCount = 0;
        _multis = 0;
        for (var f = 0; f < Fields.Length; f++)
        {
            var values = segment.Fields[f];
            _values[f] = values;
            if (values is null)
            {
                _counts[f] = null;
                continue;
            }
            var counts = new int[values.Labels.Length];
            _counts[f] = counts;
            if (segment.Sets[f] is { } sets)
            {
                _sets[_setCount] = sets;
                _setOfDoc[_setCount] = sets.OfDoc;
                _setCounts[_setCount] = new int[sets.Count];
                _setFields[_setCount++] = f;
            }
            else if (segment.PerHit[f] is { Starts: { } starts } perHit)
            {
                _multiStarts[_multis] = starts;
                _multiOrds[_multis] = perHit.Ords;
                _multiCounts[_multis++] = counts;
            }
        }
    }

    public void Collect(int doc)
    {
        if (_byScore is not null)
        {
            _byScore.Collect(doc);
        }
        else
        {
            topHits.Collect(doc);
        }
        _combinationCounts[_combinationOfDoc[doc]]++;
        for (var i = 0; i < _setCount; i++)
        {
            _setCounts[i][_setOfDoc[i][doc]]++;
        }
        for (var i = 0; i < _multis; i++)
        {
            var starts = _multiStarts[i];
            var ords = _multiOrds[i];
            var counts = _multiCounts[i];
            for (int j = starts[doc], end = starts[doc + 1]; j < end; j++)
            {
                counts[ords[j]]++;
            }
        }
    }

    public SearchFacets Result(int maxTags = 50, int maxChannels = 50, int maxForwarded = 50)
    {
        FlushSegment();
        var months = _totals[Month];
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (month, count) in months)
        {
            // "yyyy-MM" to the year as the index writes it (Year.ToString(): "999", not "0999").
            var year = int.Parse(month.AsSpan(0, month.IndexOf('-')), NumberStyles.None, CultureInfo.InvariantCulture)
                .ToString(CultureInfo.InvariantCulture);
            years[year] = years.GetValueOrDefault(year) + count;
        }
        return new SearchFacets(
            Hashtags: Top(_totals[Tag], maxTags),
            Channels: Top(_totals[Channel], maxChannels),
            Languages: Top(_totals[Language], int.MaxValue),
            Years: Top(years, int.MaxValue),
            Months: months.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value)).ToList())
        {
            ForwardedFrom = Top(_totals[Forwarded], maxForwarded),
        };
    }

    private static List<FacetCount> Top(Dictionary<string, int> totals, int max) => totals
        .OrderByDescending(p => p.Value)
        .ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(max)
        .Select(p => new FacetCount(p.Key, p.Value))
        .ToList();

    private void FlushSegment()
    {
        if (_combinations is { } combinations)
        {
            var fields = combinations.Fields;
            for (var t = 0; t < _combinationCounts.Length; t++)
            {
                var count = _combinationCounts[t];
                if (count == 0)
                {
                    continue;
                }
                for (var i = 0; i < fields.Length; i++)
                {
                    var ord = combinations.Ords[t * fields.Length + i];
                    if (ord >= 0)
                    {
                        _counts[fields[i]]![ord] += count;
                    }
                }
            }
            _combinations = null;
        }
        for (var i = 0; i < _setCount; i++)
        {
            var sets = _sets[i];
            var setCounts = _setCounts[i];
            var counts = _counts[_setFields[i]]!;
            for (var set = 0; set < setCounts.Length; set++)
            {
                if (setCounts[set] == 0)
                {
                    continue;
                }
                for (var j = sets.Starts[set]; j < sets.Starts[set + 1]; j++)
                {
                    counts[sets.Ords[j]] += setCounts[set];
                }
            }
        }
        _setCount = 0;
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
        _multis = 0;
    }
}
