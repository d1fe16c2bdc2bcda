using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Search.Querying;

/// <summary>
/// Where a page of hits ended, to go on after it (<see cref="SearchRequest.After"/>): the last hit's place in the sort
/// order of one version of the index. Paging by cursor has no depth limit, since each page collects only its own hits.
/// </summary>
/// <param name="IndexVersion">The index version the hits were read from: a document number means nothing in another.</param>
/// <param name="Seen">How many hits this page and those before it held: the next page is the last when it reaches the total.</param>
/// <param name="Values">The last hit's sort values (the publication day, the place, the reactions), in the sort's order.</param>
public sealed record HitCursor(long IndexVersion, SearchSort Sort, int Doc, float Score, int Seen, IReadOnlyList<long> Values)
{
    private const int ChecksumLength = 12;
    private const int MaxValues = 8;

    /// <summary>
    /// The cursor as an opaque URL-safe token, bound to <paramref name="scope"/> (the search it belongs to, as its caller
    /// writes it): a token changed by hand, or given with another search, does not read back.
    /// </summary>
    public string ToToken(string scope)
    {
        var payload = new byte[8 + 1 + 4 + 4 + 4 + 1 + 8 * Values.Count];
        BinaryPrimitives.WriteInt64LittleEndian(payload, IndexVersion);
        payload[8] = (byte)Sort;
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(9), Doc);
        BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(13), Score);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(17), Seen);
        payload[21] = (byte)Values.Count;
        for (var i = 0; i < Values.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(22 + 8 * i), Values[i]);
        }
        return Base64Url.EncodeToString([.. payload, .. Checksum(scope, payload)]);
    }

    /// <summary>Reads a token <see cref="ToToken"/> made for the same <paramref name="scope"/>; null when it is not one.</summary>
    public static HitCursor? FromToken(string token, string scope)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }
        if (bytes.Length < 22 + ChecksumLength)
        {
            return null;
        }
        var payload = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        var count = payload[21];
        if (count > MaxValues || payload.Length != 22 + 8 * count
            || !CryptographicOperations.FixedTimeEquals(Checksum(scope, payload), bytes.AsSpan(payload.Length))
            || !Enum.IsDefined((SearchSort)payload[8]))
        {
            return null;
        }
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadInt64LittleEndian(payload[(22 + 8 * i)..]);
        }
        return new HitCursor(
            BinaryPrimitives.ReadInt64LittleEndian(payload),
            (SearchSort)payload[8],
            BinaryPrimitives.ReadInt32LittleEndian(payload[9..]),
            BinaryPrimitives.ReadSingleLittleEndian(payload[13..]),
            BinaryPrimitives.ReadInt32LittleEndian(payload[17..]),
            values);
    }

    // A checksum over the search and the cursor, not a secret: the cursor only says where to go on, so a forged one
    // can show nothing a search could not; what it stops is a cursor edited by hand, or pasted onto another search,
    // being read as a place in this one.
    private static byte[] Checksum(string scope, ReadOnlySpan<byte> payload)
    {
        var scoped = new byte[Encoding.UTF8.GetByteCount(scope) + payload.Length];
        var written = Encoding.UTF8.GetBytes(scope, scoped);
        payload.CopyTo(scoped.AsSpan(written));
        return SHA256.HashData(scoped)[..ChecksumLength];
    }
}

/// <summary>A cursor made on a version of the index that has changed since: the walk must start again.</summary>
public sealed class StaleCursorException(string message) : Exception(message);
