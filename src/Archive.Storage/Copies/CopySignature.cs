using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Archive.Storage.Copies;

/// <summary>
/// A post's text as 32 MinHash values over its three-word shingles (words lower-cased, punctuation, emoji and hashtags
/// left out): the share of equal values two signatures have estimates the Jaccard index of the two texts' shingle sets.
/// </summary>
/// <remarks>
/// Computed on the ingest's reading thread, so its cost is per character and per shingle, without allocations: a text
/// is read once into word hashes and line ranges (reused buffers), and each shingle is hashed once (64 bits). The 32
/// values are one-permutation MinHash: a shingle's hash picks one of 32 bins by its top bits and competes for that
/// bin's minimum with the rest; a bin no shingle fell in takes the value of a non-empty one chosen by a fixed sequence
/// of its own (optimal densification, Shrivastava 2017), so two texts' empty bins copy alike. 32 hashes per shingle
/// (32 multiply-adds) made the reading thread the ingest's bottleneck. The hash is this code's own, so a signature
/// stored today matches one computed by a later run.
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

    /// <summary>A post's lines that this many posts of its batch or more carry are boilerplate, and left out of its signature.</summary>
    public const int BoilerplatePosts = 3;

    private const int ShingleWords = 3;

    // log2(Values): a shingle's bin is the top bits of its hash.
    private const int BinBits = 5;

    [ThreadStatic]
    private static Tokens? t_tokens;

    /// <summary>The signature of <paramref name="text"/> (<see cref="Bytes"/> bytes), or null when it has fewer than <see cref="MinShingles"/> shingles.</summary>
    public static byte[]? Of(string text) => Of([text])[0];

    /// <summary>
    /// The signatures of a batch of posts read together (a file's next posts). A line that <see cref="BoilerplatePosts"/>
    /// or more of them carry is their channel's boilerplate ("Read in full", a call to subscribe) and is left out of
    /// each post that has lines of its own: two short posts with one footer are not copies. A post made only of such
    /// lines (one text posted three times) keeps them all.
    /// </summary>
    public static byte[]?[] Of(IReadOnlyList<string> texts)
    {
        var tokens = t_tokens ??= new Tokens();
        tokens.Clear();
        for (var post = 0; post < texts.Count; post++)
        {
            tokens.Read(texts[post], post);
        }
        var signatures = new byte[]?[texts.Count];
        for (var post = 0; post < texts.Count; post++)
        {
            signatures[post] = tokens.Signature(post);
        }
        return signatures;
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

    /// <summary>A batch's texts as word hashes and line ranges, and how many of its posts carry each line.</summary>
    private sealed class Tokens
    {
        private ulong[] _words = new ulong[4096];
        private int _wordCount;
        private Line[] _lines = new Line[512];
        private int _lineCount;
        private int[] _firstLine = new int[65];
        private readonly Dictionary<ulong, (int Posts, int LastPost)> _lineUse = [];

        private record struct Line(int Start, int End, ulong Hash);

        public void Clear()
        {
            _wordCount = _lineCount = 0;
            _lineUse.Clear();
        }

        /// <summary>
        /// Reads the words of the batch's post number <paramref name="post"/>: runs of letters and digits, lower-cased,
        /// ё as е. A word right after '#' is a hashtag and is skipped: channels change tags when they copy.
        /// </summary>
        public void Read(string text, int post)
        {
            if (post + 1 >= _firstLine.Length)
            {
                Array.Resize(ref _firstLine, _firstLine.Length * 2);
            }
            _firstLine[post] = _lineCount;
            var lineStart = _wordCount;
            var lineHash = 0UL;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n')
                {
                    EndLine(ref lineStart, ref lineHash, post);
                    i++;
                    continue;
                }
                if (!IsWordChar(c))
                {
                    i++;
                    continue;
                }
                var hashtag = i > 0 && text[i - 1] == '#';
                var hash = 0xCBF29CE484222325UL;
                do
                {
                    hash = (hash ^ Lower(text[i])) * 0x100000001B3UL;
                    i++;
                }
                while (i < text.Length && IsWordChar(text[i]));
                if (!hashtag)
                {
                    if (_wordCount == _words.Length)
                    {
                        Array.Resize(ref _words, _words.Length * 2);
                    }
                    _words[_wordCount++] = hash;
                    lineHash = Mix(lineHash * 0x9E3779B97F4A7C15UL + hash);
                }
            }
            EndLine(ref lineStart, ref lineHash, post);
            _firstLine[post + 1] = _lineCount;
        }

        private void EndLine(ref int lineStart, ref ulong lineHash, int post)
        {
            if (_wordCount > lineStart)
            {
                if (_lineCount == _lines.Length)
                {
                    Array.Resize(ref _lines, _lines.Length * 2);
                }
                _lines[_lineCount++] = new Line(lineStart, _wordCount, lineHash);
                ref var use = ref CollectionsMarshal.GetValueRefOrAddDefault(_lineUse, lineHash, out _);
                if (use.Posts == 0 || use.LastPost != post)
                {
                    use = (use.Posts + 1, post);
                }
            }
            lineStart = _wordCount;
            lineHash = 0;
        }

        /// <summary>The signature of the batch's post number <paramref name="post"/>, its boilerplate lines left out when it has lines of its own.</summary>
        public byte[]? Signature(int post)
        {
            var (first, end) = (_firstLine[post], _firstLine[post + 1]);
            var hasOwnLines = false;
            var hasBoilerplate = false;
            for (var line = first; line < end; line++)
            {
                if (_lineUse[_lines[line].Hash].Posts >= BoilerplatePosts)
                {
                    hasBoilerplate = true;
                }
                else
                {
                    hasOwnLines = true;
                }
            }
            var skipBoilerplate = hasBoilerplate && hasOwnLines;

            Span<uint> minimums = stackalloc uint[Values];
            minimums.Fill(uint.MaxValue);
            ulong w0 = 0, w1 = 0;
            var words = 0;
            var shingles = 0;
            for (var line = first; line < end; line++)
            {
                var (start, stop, hash) = _lines[line];
                if (skipBoilerplate && _lineUse[hash].Posts >= BoilerplatePosts)
                {
                    continue;
                }
                for (var w = start; w < stop; w++)
                {
                    var word = _words[w];
                    if (++words >= ShingleWords)
                    {
                        var shingle = Mix(w0 * 0xC2B2AE3D27D4EB4FUL + BitOperations.RotateLeft(w1, 23) * 0x165667B19E3779F9UL + word);
                        ref var minimum = ref minimums[(int)(shingle >> (64 - BinBits))];
                        minimum = Math.Min(minimum, (uint)shingle);
                        shingles++;
                    }
                    (w0, w1) = (w1, word);
                }
            }
            if (shingles < MinShingles)
            {
                return null;
            }
            Densify(minimums);
            var bytes = new byte[Bytes];
            for (var v = 0; v < Values; v++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(v * sizeof(uint)), minimums[v]);
            }
            return bytes;
        }
    }

    /// <summary>Fills each empty bin (still <see cref="uint.MaxValue"/>) from the first non-empty one its own fixed sequence of bins names.</summary>
    private static void Densify(Span<uint> minimums)
    {
        Span<bool> empty = stackalloc bool[Values];
        for (var bin = 0; bin < Values; bin++)
        {
            empty[bin] = minimums[bin] == uint.MaxValue;
        }
        for (var bin = 0; bin < Values; bin++)
        {
            if (!empty[bin])
            {
                continue;
            }
            // At least 15 shingles fell somewhere, so a non-empty bin is found; the bound only guards the loop.
            for (var attempt = 1UL; attempt < 4096; attempt++)
            {
                var other = (int)(Mix(((ulong)bin << 32) + attempt) >> (64 - BinBits));
                if (!empty[other])
                {
                    minimums[bin] = minimums[other];
                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    // ASCII and Cyrillic by arithmetic (most of the text), ё as е; the rest as the invariant culture lowers it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < (char)128 => c,
        'ё' or 'Ё' => 'е',
        >= 'А' and <= 'Я' => (char)(c + 0x20),
        >= 'а' and <= 'я' => c,
        _ => char.ToLowerInvariant(c),
    };

    // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit, which the multiply-adds rely on.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }
}
