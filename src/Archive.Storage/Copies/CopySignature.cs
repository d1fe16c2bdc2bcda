using System.Buffers.Binary;
using System.Numerics;

namespace Archive.Storage.Copies;

/// <summary>
/// A post's text as 32 MinHash values over its three-word shingles (words lower-cased, punctuation, emoji and hashtags
/// left out): the share of equal values two signatures have estimates the Jaccard index of the two texts' shingle sets.
/// </summary>
/// <remarks>
/// Each shingle is hashed once (64 bits); its 32 values are that hash mixed by 32 multiply-adds, not 32 hashes of its text.
/// The hash is this code's own, so a signature stored today matches one computed by a later run.
/// </remarks>
public static class CopySignature
{
    /// <summary>MinHash values in a signature.</summary>
    public const int Values = 32;

    /// <summary>Bytes of a stored signature: the values as little-endian 32-bit integers.</summary>
    public const int Bytes = Values * sizeof(uint);

    /// <summary>
    /// A text with fewer shingles gets no signature: too short to tell a copy from a common phrase
    /// ("Подписывайтесь на канал", a link's title).
    /// </summary>
    public const int MinShingles = 15;

    /// <summary>Posts whose estimated Jaccard index is at least this are copies (measured by the quality test, docs/benchmarks.md).</summary>
    public const double CopyThreshold = 0.5;

    private const int ShingleWords = 3;

    // Odd multipliers and offsets of the 32 mixes, fixed for ever: stored signatures depend on them.
    private static readonly ulong[] Multipliers = Constants(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly ulong[] Offsets = Constants(0xD1B54A32D192ED03UL, odd: false);

    /// <summary>A post's lines that three or more posts of its batch carry are boilerplate, and left out of its signature.</summary>
    public const int BoilerplatePosts = 3;

    /// <summary>The signature of <paramref name="text"/> (<see cref="Bytes"/> bytes), or null when it has fewer than <see cref="MinShingles"/> shingles.</summary>
    public static byte[]? Of(string text) => Of(text, boilerplate: null);

    /// <summary>
    /// The signatures of a batch of posts read together (a file's next posts). A line that <see cref="BoilerplatePosts"/>
    /// or more of them carry is their channel's boilerplate ("Read in full", a call to subscribe) and is left out of
    /// each post that has lines of its own: two short posts with one footer are not copies. A post made only of such
    /// lines (one text posted three times) keeps them all.
    /// </summary>
    public static byte[]?[] Of(IReadOnlyList<string> texts)
    {
        var posts = new Dictionary<ulong, int>();
        var seen = new HashSet<ulong>();
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (var line in LineHashes(text))
            {
                if (seen.Add(line))
                {
                    posts[line] = posts.GetValueOrDefault(line) + 1;
                }
            }
        }
        var boilerplate = new HashSet<ulong>(posts.Where(p => p.Value >= BoilerplatePosts).Select(p => p.Key));
        var signatures = new byte[]?[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var hasOwnLines = boilerplate.Count > 0 && LineHashes(texts[i]).Any(line => !boilerplate.Contains(line));
            signatures[i] = Of(texts[i], hasOwnLines ? boilerplate : null);
        }
        return signatures;
    }

    private static byte[]? Of(string text, HashSet<ulong>? boilerplate)
    {
        Span<uint> minimums = stackalloc uint[Values];
        minimums.Fill(uint.MaxValue);
        ulong w0 = 0, w1 = 0;
        var words = 0;
        var shingles = 0;
        var lineWords = new List<ulong>();
        foreach (var line in text.Split('\n'))
        {
            Words(line, lineWords);
            if (boilerplate is not null && boilerplate.Contains(LineHash(lineWords)))
            {
                continue;
            }
            foreach (var word in lineWords)
            {
                words++;
                if (words >= ShingleWords)
                {
                    Take(Mix(w0 * 0xC2B2AE3D27D4EB4FUL + BitOperations.RotateLeft(w1, 23) * 0x165667B19E3779F9UL + word), minimums);
                    shingles++;
                }
                (w0, w1) = (w1, word);
            }
        }
        if (shingles < MinShingles)
        {
            return null;
        }
        var bytes = new byte[Bytes];
        for (var v = 0; v < Values; v++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(v * sizeof(uint)), minimums[v]);
        }
        return bytes;
    }

    /// <summary>A hash of each line's words (lines without words left out).</summary>
    private static IEnumerable<ulong> LineHashes(string text)
    {
        var words = new List<ulong>();
        foreach (var line in text.Split('\n'))
        {
            Words(line, words);
            if (words.Count > 0)
            {
                yield return LineHash(words);
            }
        }
    }

    /// <summary>The hashes of the words of <paramref name="line"/>, in <paramref name="words"/> (emptied first).</summary>
    private static void Words(string line, List<ulong> words)
    {
        words.Clear();
        var at = 0;
        while (NextWord(line, ref at, out var word))
        {
            words.Add(word);
        }
    }

    private static ulong LineHash(List<ulong> words)
    {
        var hash = 0UL;
        foreach (var word in words)
        {
            hash = Mix(hash * 0x9E3779B97F4A7C15UL + word);
        }
        return hash;
    }

    /// <summary>The share of equal values of two signatures: an estimate of the Jaccard index of the two texts' shingles.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var equal = 0;
        for (var v = 0; v < Bytes; v += sizeof(uint))
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(a[v..]) == BinaryPrimitives.ReadUInt32LittleEndian(b[v..]))
            {
                equal++;
            }
        }
        return (double)equal / Values;
    }

    /// <summary>Whether two signatures are of copies: <see cref="Similarity"/> at least <see cref="CopyThreshold"/>.</summary>
    public static bool AreCopies(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => Similarity(a, b) >= CopyThreshold;

    private static void Take(ulong shingle, Span<uint> minimums)
    {
        for (var v = 0; v < minimums.Length; v++)
        {
            var value = (uint)((shingle * Multipliers[v] + Offsets[v]) >> 32);
            if (value < minimums[v])
            {
                minimums[v] = value;
            }
        }
    }

    /// <summary>
    /// The hash of the next word from <paramref name="at"/>: a run of letters and digits, lower-cased, ё as е. A word
    /// right after '#' is a hashtag and is skipped: channels change tags when they copy.
    /// </summary>
    private static bool NextWord(string text, ref int at, out ulong hash)
    {
        while (at < text.Length)
        {
            while (at < text.Length && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }
            if (at == text.Length)
            {
                break;
            }
            var hashtag = at > 0 && text[at - 1] == '#';
            hash = 0xCBF29CE484222325UL;
            while (at < text.Length && char.IsLetterOrDigit(text[at]))
            {
                var c = char.ToLowerInvariant(text[at++]);
                hash = (hash ^ (c == 'ё' ? 'е' : c)) * 0x100000001B3UL;
            }
            if (!hashtag)
            {
                return true;
            }
        }
        hash = 0;
        return false;
    }

    // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit, which the multiply-adds rely on.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    private static ulong[] Constants(ulong seed, bool odd)
    {
        var values = new ulong[Values];
        var state = seed;
        for (var v = 0; v < Values; v++)
        {
            // SplitMix64: a fixed sequence, the same in every run.
            state += 0x9E3779B97F4A7C15UL;
            values[v] = Mix(state) | (odd ? 1UL : 0UL);
        }
        return values;
    }
}
