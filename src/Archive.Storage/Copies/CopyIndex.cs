using System.Buffers.Binary;

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
/// equal values have equal bytes, so no copy is lost, and the caller reads far fewer signatures from the store. On the
/// generated 100k corpus the bands alone named two candidates a post, of which one in a thousand was a copy (short
/// posts fill their empty bins from the same few, so their bands are less selective); each was a read of the store.
/// </remarks>
public sealed class CopyIndex
{
    /// <summary>Bands of a signature.</summary>
    public const int Bands = 8;

    private const int ValuesPerBand = CopySignature.Values / Bands;

    private const int MinEqualBytes = (int)(CopySignature.Values * CopySignature.CopyThreshold);

    private long[] _keys = new long[256];
    private byte[] _lowBytes = new byte[256 * CopySignature.Values];
    private uint[] _tags = new uint[256 * Bands];
    private int[] _next = new int[256 * Bands];
    private int[] _heads = NewHeads(256 * Bands);
    private int _count;

    /// <summary>Posts in the index (a post whose signature changed counts for each).</summary>
    public int Count => _count;

    /// <summary>Adds the post with store key <paramref name="key"/> and signature <paramref name="signature"/>.</summary>
    public void Add(long key, ReadOnlySpan<byte> signature)
    {
        if (_count == _keys.Length)
        {
            Grow();
        }
        var slot = _count++;
        _keys[slot] = key;
        LowBytes(signature, _lowBytes.AsSpan(slot * CopySignature.Values, CopySignature.Values));
        for (var band = 0; band < Bands; band++)
        {
            var entry = slot * Bands + band;
            var tag = BandHash(signature, band);
            _tags[entry] = tag;
            var bucket = (int)(tag & (uint)(_heads.Length - 1));
            _next[entry] = _heads[bucket];
            _heads[bucket] = entry;
        }
    }

    /// <summary>
    /// The keys of the posts that share a band with <paramref name="signature"/> and may be its copies (enough of their
    /// values' low bytes agree), each once, added to <paramref name="keys"/>.
    /// </summary>
    public void Candidates(ReadOnlySpan<byte> signature, HashSet<long> keys)
    {
        Span<byte> low = stackalloc byte[CopySignature.Values];
        LowBytes(signature, low);
        for (var band = 0; band < Bands; band++)
        {
            var tag = BandHash(signature, band);
            for (var entry = _heads[(int)(tag & (uint)(_heads.Length - 1))]; entry >= 0; entry = _next[entry])
            {
                if (_tags[entry] == tag && entry % Bands == band && Agree(low, entry / Bands) >= MinEqualBytes)
                {
                    keys.Add(_keys[entry / Bands]);
                }
            }
        }
    }

    private int Agree(ReadOnlySpan<byte> low, int slot)
    {
        var other = _lowBytes.AsSpan(slot * CopySignature.Values, CopySignature.Values);
        var equal = 0;
        for (var v = 0; v < CopySignature.Values; v++)
        {
            equal += low[v] == other[v] ? 1 : 0;
        }
        return equal;
    }

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
        Array.Resize(ref _tags, size * Bands);
        Array.Resize(ref _next, size * Bands);
        // Re-chained oldest first, so each chain stays newest first.
        _heads = NewHeads(size * Bands);
        var mask = (uint)(_heads.Length - 1);
        for (var entry = 0; entry < _count * Bands; entry++)
        {
            var bucket = (int)(_tags[entry] & mask);
            _next[entry] = _heads[bucket];
            _heads[bucket] = entry;
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
}
