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

    private FacetOrdinals(FieldOrdinals?[] fields) => Fields = fields;

    /// <summary>Per facet field (in <see cref="FacetCollector"/>'s order); null when the segment has no values for it.</summary>
    public FieldOrdinals?[] Fields { get; }

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
        return new FacetOrdinals(loaded);
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
        // Multi-valued: drop the placeholders and index each document's run.
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
