using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Archive.Storage.Copies;

/// <summary>
/// Locality-sensitive lookup of signatures in memory: each signature's 8 bands of 4 values, hashed, point at the posts
/// that have the same band. Posts alike enough to be copies share a band almost surely (at an estimated Jaccard index
/// of 0.5, 40% of pairs share one; at 0.7, 89%; at 0.8, 99%); most others share none.
/// </summary>
/// <remarks>
/// Built for one ingest run from the stored signatures and dropped after it; the bands are never written to the store.
/// Writing them (8 rows per post, looked up in SQL) made an ingest half as fast. Here a post costs 8 chained entries of
/// a 32-bit band hash each, and the low byte of each of its 32 values, about 140 bytes with the table's heads: one
/// bucket array for all bands, each bucket a chain of entries, newest first. A post that shares a band is a candidate
/// only when at least as many of those bytes agree as copies have equal values (<see cref="CopySignature.CopyThreshold"/>):
/// equal values have equal bytes, so no copy is lost, and the caller reads far fewer signatures from the store.
/// <para>
/// Some band values are shared by thousands of posts (short posts fill their empty bins from the same few values;
/// channels repeat phrases). Once a chain holds <see cref="CrowdedAt"/> posts of one band value, the value's later
/// posts go to a list of its own, their low bytes side by side, which a lookup reads in one sweep: walked as chain
/// entries, such values made most of a lookup's cache misses (21 of 27 million entries visited in an ingest of the
/// generated 1M corpus; docs/benchmarks.md, "Copy detection").
/// </para>
/// </remarks>
public sealed class CopyIndex
{
    /// <summary>Bands of a signature.</summary>
    public const int Bands = 8;

    /// <summary>Posts of one band value a chain holds before the value gets a list of its own.</summary>
    public const int CrowdedAt = 4;

    private const int ValuesPerBand = CopySignature.Values / Bands;

    private const int MinEqualBytes = (int)(CopySignature.Values * CopySignature.CopyThreshold);

    // An entry's Next when the entry is in a crowded value's list, not in a chain.
    private const int InList = -2;

    private long[] _keys = new long[256];
    private byte[] _lowBytes = new byte[256 * CopySignature.Values];
    private Entry[] _entries = new Entry[256 * Bands];
    private int[] _heads = NewHeads(256 * Bands);
    private int _count;
    private readonly Dictionary<ulong, Crowd> _crowds = [];

    // Tag and link side by side: one cache line per entry walked.
    private record struct Entry(uint Tag, int Next);

    /// <summary>Posts in the index (a post whose signature changed counts for each).</summary>
    public int Count => _count;

    /// <summary>
    /// Adds the post with store key <paramref name="key"/> and signature <paramref name="signature"/>; first, when
    /// <paramref name="candidates"/> is given, adds to it the keys of the posts already in the index that share a band
    /// with it and may be its copies (enough of their values' low bytes agree), each once, in the same walk.
    /// </summary>
    public void Add(long key, ReadOnlySpan<byte> signature, HashSet<long>? candidates = null)
    {
        if (_count == _keys.Length)
        {
            Grow();
        }
        var slot = _count++;
        _keys[slot] = key;
        var low = _lowBytes.AsSpan(slot * CopySignature.Values, CopySignature.Values);
        LowBytes(signature, low);
        Span<Chain> chains = stackalloc Chain[Bands];
        Chains(signature, chains);
        for (var band = 0; band < Bands; band++)
        {
            var entry = slot * Bands + band;
            var tag = chains[band].Tag;
            var crowd = Find(band, chains[band], low, candidates, out var inChain);
            if (crowd is null && inChain >= CrowdedAt)
            {
                crowd = new Crowd();
                _crowds[CrowdKey(band, tag)] = crowd;
            }
            if (crowd is not null)
            {
                _entries[entry] = new Entry(tag, InList);
                crowd.Add(slot, low);
                continue;
            }
            var bucket = (int)(tag & (uint)(_heads.Length - 1));
            _entries[entry] = new Entry(tag, _heads[bucket]);
            _heads[bucket] = entry;
        }
    }

    // A band's value and the start of its bucket's chain: its head and first entry.
    private record struct Chain(uint Tag, int Head, Entry First);

    /// <summary>
    /// The 8 bands' chains: every head loaded, then every first entry, before any is walked. The loads do not wait on
    /// one another, so their cache misses overlap instead of following one another.
    /// </summary>
    private void Chains(ReadOnlySpan<byte> signature, Span<Chain> chains)
    {
        var mask = (uint)(_heads.Length - 1);
        for (var band = 0; band < Bands; band++)
        {
            var tag = BandHash(signature, band);
            chains[band] = new Chain(tag, _heads[(int)(tag & mask)], default);
        }
        for (var band = 0; band < Bands; band++)
        {
            if (chains[band].Head >= 0)
            {
                chains[band].First = _entries[chains[band].Head];
            }
        }
    }

    /// <summary>
    /// Walks the band value's chain (and its list, when it has one, which it returns) and adds to <paramref name="keys"/>
    /// the posts whose low bytes agree enough with <paramref name="low"/>; <paramref name="inChain"/> is how many posts of
    /// the value the chain holds.
    /// </summary>
    private Crowd? Find(int band, Chain chain, ReadOnlySpan<byte> low, HashSet<long>? keys, out int inChain)
    {
        inChain = 0;
        var tag = chain.Tag;
        var (entry, e) = (chain.Head, chain.First);
        while (entry >= 0)
        {
            if (e.Tag == tag && entry % Bands == band)
            {
                inChain++;
                if (keys is not null
                    && Agree(low, _lowBytes.AsSpan((entry / Bands) * CopySignature.Values, CopySignature.Values)) >= MinEqualBytes)
                {
                    keys.Add(_keys[entry / Bands]);
                }
            }
            entry = e.Next;
            if (entry >= 0)
            {
                e = _entries[entry];
            }
        }
        // A value's chain stops growing at CrowdedAt posts, so only a full one can have a list: most bands skip the lookup.
        if (inChain < CrowdedAt || !_crowds.TryGetValue(CrowdKey(band, tag), out var crowd))
        {
            return null;
        }
        if (keys is not null)
        {
            for (var i = 0; i < crowd.Count; i++)
            {
                if (Agree(low, crowd.LowBytes(i)) >= MinEqualBytes)
                {
                    keys.Add(_keys[crowd.Slot(i)]);
                }
            }
        }
        return crowd;
    }

    private static ulong CrowdKey(int band, uint tag) => ((ulong)band << 32) | tag;

    private static int Agree(ReadOnlySpan<byte> low, ReadOnlySpan<byte> other) =>
        BitOperations.PopCount(Vector256.Equals(Vector256.Create(low), Vector256.Create(other)).ExtractMostSignificantBits());

    private static void LowBytes(ReadOnlySpan<byte> signature, Span<byte> low)
    {
        // Little-endian values: a value's low byte is its first.
        for (var v = 0; v < CopySignature.Values; v++)
        {
            low[v] = signature[v * sizeof(uint)];
        }
    }

    private void Grow()
    {
        var size = _keys.Length * 2;
        Array.Resize(ref _keys, size);
        Array.Resize(ref _lowBytes, size * CopySignature.Values);
        Array.Resize(ref _entries, size * Bands);
        // Re-chained oldest first, so each chain stays newest first.
        _heads = NewHeads(size * Bands);
        var mask = (uint)(_heads.Length - 1);
        for (var entry = 0; entry < _count * Bands; entry++)
        {
            ref var e = ref _entries[entry];
            if (e.Next != InList)
            {
                var bucket = (int)(e.Tag & mask);
                e.Next = _heads[bucket];
                _heads[bucket] = entry;
            }
        }
    }

    private static int[] NewHeads(int size)
    {
        var heads = new int[size];
        Array.Fill(heads, -1);
        return heads;
    }

    /// <summary>A band's 4 values hashed to 32 bits, its band number mixed in so that equal values in two bands do not meet.</summary>
    private static uint BandHash(ReadOnlySpan<byte> signature, int band)
    {
        var at = band * ValuesPerBand * sizeof(uint);
        var h = BinaryPrimitives.ReadUInt64LittleEndian(signature[at..]) * 0x9E3779B97F4A7C15UL
            ^ BinaryPrimitives.ReadUInt64LittleEndian(signature[(at + 8)..]) * 0xC2B2AE3D27D4EB4FUL
            ^ (ulong)(band + 1) * 0x165667B19E3779F9UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (uint)(h ^ (h >> 32));
    }

    /// <summary>The posts of one crowded band value past the first <see cref="CrowdedAt"/>: their slots, and their low bytes side by side.</summary>
    private sealed class Crowd
    {
        private int[] _slots = new int[4];
        private byte[] _lowBytes = new byte[4 * CopySignature.Values];

        public int Count { get; private set; }

        public int Slot(int i) => _slots[i];

        public ReadOnlySpan<byte> LowBytes(int i) => _lowBytes.AsSpan(i * CopySignature.Values, CopySignature.Values);

        public void Add(int slot, ReadOnlySpan<byte> low)
        {
            if (Count == _slots.Length)
            {
                Array.Resize(ref _slots, Count * 2);
                Array.Resize(ref _lowBytes, Count * 2 * CopySignature.Values);
            }
            _slots[Count] = slot;
            low.CopyTo(_lowBytes.AsSpan(Count * CopySignature.Values));
            Count++;
        }
    }
}
