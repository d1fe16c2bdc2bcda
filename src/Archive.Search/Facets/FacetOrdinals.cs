using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Facets;

/// <summary>
/// One segment's facet ordinals, read once from its doc values into arrays, with each ordinal's label. Counting a
/// search's facets is then an array increment per value: reading ordinals from the doc values on every search
/// (unpacking bits from the mapped file per document) cost more than the search itself.
/// </summary>
internal sealed class FacetOrdinals
{
    // Keyed by the segment's core: it lives as long as the segment, through refreshes and deletes.
    private static readonly ConditionalWeakTable<object, FacetOrdinals> BySegment = new();

    private FacetOrdinals(FieldOrdinals?[] fields, SingleValuedCombinations combinations, int maxDoc)
    {
        Fields = fields;
        Combinations = combinations;
        // Only single-valued fields are combined, so a multi-valued one is never in the combinations.
        Sets = fields.Select(values => values is { Starts: not null } ? ValueSets.Of(values, maxDoc) : null).ToArray();
        PerHit = fields.Select((values, f) => values is null || combinations.Fields.Contains(f) || Sets[f] is not null ? null : values.AsMultiValued()).ToArray();
    }

    /// <summary>Per facet field (in <see cref="FacetCollector"/>'s order); null when the segment has no values for it.</summary>
    public FieldOrdinals?[] Fields { get; }

    /// <summary>The single-valued fields' ordinals of each document as one number.</summary>
    public SingleValuedCombinations Combinations { get; }

    /// <summary>Per facet field, its documents' sets of values numbered when it is multi-valued and they are few enough (<see cref="ValueSets"/>); else null.</summary>
    public ValueSets?[] Sets { get; }

    /// <summary>Per facet field, its ordinals in the multi-valued layout when it is counted hit by hit (in neither <see cref="Combinations"/> nor <see cref="Sets"/>); else null.</summary>
    public FieldOrdinals?[] PerHit { get; }

    public static FacetOrdinals For(AtomicReader reader, IReadOnlyList<string> fields) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => Load(reader, fields));

    private static FacetOrdinals Load(AtomicReader reader, IReadOnlyList<string> fields)
    {
        var loaded = new FieldOrdinals?[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            if (reader.GetSortedSetDocValues(fields[f]) is { } values)
            {
                loaded[f] = FieldOrdinals.Load(values, reader.MaxDoc);
            }
        }
        return new FacetOrdinals(loaded, SingleValuedCombinations.Of(loaded, reader.MaxDoc), reader.MaxDoc);
    }
}

/// <summary>
/// The segment's single-valued facet fields (channel, language, month, forward source) taken together: each document's tuple of
/// ordinals is numbered, so that counting a hit is one increment for all of them instead of one per field, and
/// the tuples' counts are spread back over the fields once per segment.
/// </summary>
/// <remarks>
/// There are few distinct tuples (a channel posts in a few months; 728 in the 100k-post benchmark corpus), against a
/// counter increment per field for every hit of every search. An archive with too many tuples has its fields counted hit by hit.
/// </remarks>
internal sealed class SingleValuedCombinations
{
    private SingleValuedCombinations(int[] fields, int[] ofDoc, int[] ords, int count)
    {
        Fields = fields;
        OfDoc = ofDoc;
        Ords = ords;
        Count = count;
    }

    /// <summary>The facet fields (indexes into <see cref="FacetOrdinals.Fields"/>) taken together.</summary>
    public int[] Fields { get; }

    /// <summary>Each document's tuple number.</summary>
    public int[] OfDoc { get; }

    /// <summary>Tuple t's ordinal of field i is <c>Ords[t * Fields.Length + i]</c>, -1 for none.</summary>
    public int[] Ords { get; }

    /// <summary>How many distinct tuples there are.</summary>
    public int Count { get; }

    /// <summary>
    /// Combines the single-valued fields, or none of them when their tuples are so many that spreading the tuples'
    /// counts back (once per segment of every search, however few its hits) would cost more than it saves.
    /// </summary>
    public static SingleValuedCombinations Of(FieldOrdinals?[] fields, int maxDoc)
    {
        var singles = Enumerable.Range(0, fields.Length).Where(f => fields[f] is { Starts: null }).ToArray();
        var combined = Number(fields, singles, maxDoc);
        return combined.Count <= TupleLimit(maxDoc) ? combined : Number(fields, [], maxDoc);
    }

    /// <summary>
    /// How many distinct tuples (or sets) a segment of <paramref name="maxDoc"/> documents may have for them to be counted
    /// together: a segment of a few thousand posts may have as many as posts and still spread them back quickly.
    /// </summary>
    public static int TupleLimit(int maxDoc) => Math.Max(4096, maxDoc / 16);

    private static SingleValuedCombinations Number(FieldOrdinals?[] fields, int[] singles, int maxDoc)
    {
        var ofDoc = new int[maxDoc];
        var numbers = new Dictionary<TupleKey, int>();
        var ords = new List<int>();
        var tuple = new int[singles.Length];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            for (var i = 0; i < singles.Length; i++)
            {
                tuple[i] = fields[singles[i]]!.Ords[doc];
            }
            var key = new TupleKey(tuple);
            if (!numbers.TryGetValue(key, out var number))
            {
                number = numbers.Count;
                numbers.Add(new TupleKey([.. tuple]), number);
                ords.AddRange(tuple);
            }
            ofDoc[doc] = number;
        }
        return new SingleValuedCombinations(singles, ofDoc, ords.ToArray(), numbers.Count);
    }

    // Equality by content, for the dictionary: the lookup key wraps the scratch array, the stored key a copy.
    internal readonly struct TupleKey(int[] ords) : IEquatable<TupleKey>
    {
        private readonly int[] _ords = ords;

        public bool Equals(TupleKey other) => _ords.AsSpan().SequenceEqual(other._ords);

        public override bool Equals(object? obj) => obj is TupleKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_ords.AsSpan()));
            return hash.ToHashCode();
        }
    }
}

/// <summary>
/// A multi-valued facet field (hashtags) by its documents' distinct sets of values: each document's set is numbered,
/// so counting a hit is one increment whatever its number of values, and the sets' counts are spread back over the
/// values once per segment.
/// </summary>
/// <remarks>
/// A loop over each hit's values, zero to a few of them, cost a branch the processor could not predict on every hit;
/// the 100k-post benchmark corpus has 919 distinct hashtag sets. A field with too many sets is counted hit by hit.
/// </remarks>
internal sealed class ValueSets
{
    private ValueSets(int[] ofDoc, int[] starts, int[] ords)
    {
        OfDoc = ofDoc;
        Starts = starts;
        Ords = ords;
    }

    /// <summary>Each document's set number.</summary>
    public int[] OfDoc { get; }

    /// <summary>Set s holds <c>Ords[Starts[s]..Starts[s+1])</c>.</summary>
    public int[] Starts { get; }

    public int[] Ords { get; }

    public int Count => Starts.Length - 1;

    /// <summary>The sets of a field in the multi-valued layout, or null when they are too many to be worth numbering.</summary>
    public static ValueSets? Of(FieldOrdinals field, int maxDoc)
    {
        var limit = SingleValuedCombinations.TupleLimit(maxDoc);
        var ofDoc = new int[maxDoc];
        var numbers = new Dictionary<SingleValuedCombinations.TupleKey, int>();
        var starts = new List<int> { 0 };
        var ords = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            // Doc values list a document's ordinals in order, so equal sets are equal runs.
            var set = field.Ords[field.Starts![doc]..field.Starts[doc + 1]];
            var key = new SingleValuedCombinations.TupleKey(set);
            if (!numbers.TryGetValue(key, out var number))
            {
                if (numbers.Count == limit)
                {
                    return null;
                }
                number = numbers.Count;
                numbers.Add(key, number);
                ords.AddRange(set);
                starts.Add(ords.Count);
            }
            ofDoc[doc] = number;
        }
        return new ValueSets(ofDoc, starts.ToArray(), ords.ToArray());
    }
}

/// <summary>
/// One field's ordinals in a segment: document d has <c>Ords[Starts[d]..Starts[d+1])</c>, or, when every document
/// has at most one value (<see cref="Starts"/> null), <c>Ords[d]</c> with -1 for none.
/// </summary>
internal sealed class FieldOrdinals
{
    private FieldOrdinals(int[]? starts, int[] ords, string[] labels)
    {
        Starts = starts;
        Ords = ords;
        Labels = labels;
    }

    public int[]? Starts { get; }
    public int[] Ords { get; }
    public string[] Labels { get; }

    /// <summary>The same ordinals in the multi-valued layout (<see cref="Starts"/> set, no -1 placeholders).</summary>
    public FieldOrdinals AsMultiValued() =>
        Starts is not null ? this : Packed([.. Enumerable.Range(0, Ords.Length + 1)], Ords, Labels);

    public static FieldOrdinals Load(SortedSetDocValues values, int maxDoc)
    {
        var labels = new string[checked((int)values.ValueCount)];
        var bytes = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            labels[ord] = bytes.Utf8ToString();
        }

        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        var multiValued = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            var count = 0;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
                count++;
            }
            multiValued |= count > 1;
            if (count == 0)
            {
                // Keeps the single-valued layout possible: a placeholder that the CSR layout below drops again.
                ords.Add(-1);
            }
        }
        starts[maxDoc] = ords.Count;

        if (!multiValued)
        {
            return new FieldOrdinals(null, ords.ToArray(), labels);
        }
        return Packed(starts, ords, labels);
    }

    // The multi-valued layout from document runs that may hold -1 placeholders: the placeholders dropped, each run indexed.
    private static FieldOrdinals Packed(int[] starts, IReadOnlyList<int> ords, string[] labels)
    {
        var maxDoc = starts.Length - 1;
        var packed = new List<int>(ords.Count);
        var packedStarts = new int[maxDoc + 1];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            packedStarts[doc] = packed.Count;
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                if (ords[i] >= 0)
                {
                    packed.Add(ords[i]);
                }
            }
        }
        packedStarts[maxDoc] = packed.Count;
        return new FieldOrdinals(packedStarts, packed.ToArray(), labels);
    }
}
