using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Archive.Parsing;

namespace Archive.Storage.Ingest;

/// <summary>The hashes and ids that identify posts across re-ingests.</summary>
public static class PostKeys
{
    /// <summary>SHA-256 (hex) of the text with line ends, blank lines and runs of spaces normalized: the post's identity by content.</summary>
    public static string ContentHash(string text)
    {
        // One pass instead of splitting into lines and words: the same chars as joining each line's words with one
        // space and ending every line that has words with '\n' (line ends as string.ReplaceLineEndings knows them,
        // words split as string.Split does by default, on char.IsWhiteSpace). Words are found by a vectorized search
        // for white space and copied whole. At most one char more than the text.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var length = 0;
        bool lineHasWords = false, pendingSpace = false;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(WhiteSpace);
            var word = end < 0 ? rest : rest[..end];
            if (!word.IsEmpty)
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                }
                word.CopyTo(buffer.AsSpan(length));
                length += word.Length;
                lineHasWords = true;
                pendingSpace = false;
            }
            if (end < 0)
            {
                break;
            }
            if (rest[end] is '\n' or '\r' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                if (lineHasWords)
                {
                    buffer[length++] = '\n';
                }
                lineHasWords = pendingSpace = false;
            }
            else
            {
                pendingSpace = lineHasWords;
            }
            rest = rest[(end + 1)..];
        }
        if (lineHasWords)
        {
            buffer[length++] = '\n';
        }
        var hash = Hex(buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
        return hash;
    }

    // Every char that char.IsWhiteSpace holds to be white space (the line ends among them), taken from it.
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create(Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray());

    /// <summary>SHA-256 (hex) over every field the store keeps of a post except its place: a change means the post was edited.</summary>
    public static string Fingerprint(ParsedPost post)
    {
        // The text, then every other field after it. The text is hashed where it is, not copied behind the rest: it
        // is most of the bytes. Encoding the two parts apart gives the bytes of encoding them joined, as the tail
        // starts with U+001F, which no surrogate pairs with.
        var tail = FingerprintTail(post);
        var hash = Hex(post.Text, tail.Chars.AsSpan(0, tail.Length));
        tail.Dispose();
        return hash;
    }

    /// <summary>
    /// <see cref="ContentHash"/> and <see cref="Fingerprint"/> of a post at once. When the text is already in the content
    /// hash's normal form, as the parsers write it (lines trimmed, one space between words, no blank lines), the content
    /// hash's bytes are the text's and a line end: the text is then encoded and run through SHA-256 once for the two.
    /// </summary>
    public static (string ContentHash, string Fingerprint) Hashes(ParsedPost post)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(post.Text.Length));
        var hashes = Hashes(post, bytes.AsSpan(0, Encoding.UTF8.GetBytes(post.Text, bytes)));
        ArrayPool<byte>.Shared.Return(bytes);
        return hashes;
    }

    /// <summary>As <see cref="Hashes(ParsedPost)"/>, with the post's text already encoded as UTF-8.</summary>
    internal static (string ContentHash, string Fingerprint) Hashes(ParsedPost post, ReadOnlySpan<byte> utf8)
    {
        // Before the shared hash object takes the text: the content hash of a text not in normal form uses it too.
        var contentHash = IsNormalForm(utf8) ? null : ContentHash(post.Text);
        var sha256 = Hasher;
        sha256.AppendData(utf8);
        if (contentHash is null)
        {
            using var content = sha256.Clone();
            content.AppendData("\n"u8);
            contentHash = HexOf(content);
        }

        var tail = FingerprintTail(post);
        AppendUtf8(sha256, tail.Chars.AsSpan(0, tail.Length));
        tail.Dispose();
        return (contentHash, HexOf(sha256));
    }

    /// <summary>
    /// Whether normalizing the text (<see cref="ContentHash"/>) would only add a line end: it is not empty, has no white
    /// space but single spaces inside lines and single line ends between them. Looked at in UTF-8, where the white space
    /// beyond ASCII starts with one of four lead bytes, which Cyrillic text never uses.
    /// </summary>
    internal static bool IsNormalForm(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8[0] is (byte)' ' or (byte)'\n' || utf8[^1] is (byte)' ' or (byte)'\n'
            || utf8.IndexOf("  "u8) >= 0 || utf8.IndexOf(" \n"u8) >= 0 || utf8.IndexOf("\n "u8) >= 0 || utf8.IndexOf("\n\n"u8) >= 0)
        {
            return false;
        }
        var rest = utf8;
        int at;
        while ((at = rest.IndexOfAny(OtherWhiteSpaceStarts)) >= 0)
        {
            rest = rest[at..];
            if (rest[0] < 0x80 || (Rune.DecodeFromUtf8(rest, out var rune, out _) == OperationStatus.Done && rune.IsBmp && char.IsWhiteSpace((char)rune.Value)))
            {
                return false;
            }
            rest = rest[1..];
        }
        return true;
    }

    // The first byte of every white space char but ' ' and '\n': \t \v \f \r, and the lead bytes of U+0085 and U+00A0
    // (C2), U+1680 (E1), U+2000-U+205F (E2) and U+3000 (E3). A match on a lead byte is decoded to see which char it starts.
    private static readonly SearchValues<byte> OtherWhiteSpaceStarts = SearchValues.Create([0x09, 0x0B, 0x0C, 0x0D, 0xC2, 0xE1, 0xE2, 0xE3]);

    /// <summary>Every field of the post but the text and its place, in the fingerprint's layout, in chars rented from the pool.</summary>
    private static RentedChars FingerprintTail(ParsedPost post)
    {
        var tail = t_fingerprintTail ??= new StringBuilder(256);
        tail.Clear();
        tail.Append('\u001f')
            .Append(post.Language).Append('\u001f')
            .Append(post.ForwardedFrom).Append('\u001f')
            .Append(post.HasMedia).Append('\u001f')
            .Append(post.MediaNote).Append('\u001f')
            .AppendJoin('\u001e', post.Hashtags).Append('\u001f');
        for (var i = 0; i < post.Reactions.Count; i++)
        {
            tail.Append(i == 0 ? "" : "\u001e").Append(post.Reactions[i].Key).Append('=').Append(post.Reactions[i].Value);
        }
        tail.Append('\u001f');
        if (post.Published.Date is { } published)
        {
            tail.Append($"{published:yyyy-MM-dd}");
        }
        tail.Append('/').Append(post.Published.Confidence);
        if (post.Published.Confidence == DateConfidence.Inferred)
        {
            // Only an inferred date has a range of its own (a stated one is its day): the fingerprints of stated
            // posts stay as they were before ranges, so an archive stored then rewrites only its inferred posts.
            tail.Append('/');
            if (post.Published.Earliest is { } earliest)
            {
                tail.Append($"{earliest:yyyy-MM-dd}");
            }
            tail.Append("..");
            if (post.Published.Latest is { } latest)
            {
                tail.Append($"{latest:yyyy-MM-dd}");
            }
        }
        tail.Append('\u001f');
        for (var i = 0; i < post.MentionedDates.Count; i++)
        {
            tail.Append(i == 0 ? "" : "\u001e").Append($"{post.MentionedDates[i]:yyyy-MM-dd}");
        }
        tail.Append('\u001f')
            .Append(post.PublishedAt?.ToString("O")).Append('\u001f')
            .Append(post.EditedAt?.ToString("O")).Append('\u001f')
            .Append(post.Author).Append('\u001f')
            .Append(post.ReplyToMessageId);

        var chars = ArrayPool<char>.Shared.Rent(tail.Length);
        tail.CopyTo(0, chars, tail.Length);
        var rented = new RentedChars(chars, tail.Length);
        if (tail.Capacity > 1 << 16)
        {
            t_fingerprintTail = null; // one post with a huge tail does not pin its size for the thread's life
        }
        return rented;
    }

    private readonly record struct RentedChars(char[] Chars, int Length) : IDisposable
    {
        public void Dispose() => ArrayPool<char>.Shared.Return(Chars);
    }

    [ThreadStatic]
    private static StringBuilder? t_fingerprintTail;

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>The id of a post without a message id: derived from its channel, content and which occurrence of that content in the file it is.</summary>
    public static string ForContent(string channelKey, string contentHash, int occurrence) =>
        ShortId($"{channelKey}\n{contentHash}\n{occurrence}");

    /// <summary>The id of an exported message: its chat and message id.</summary>
    public static string ForMessage(string channelKey, long messageId, int attempt = 0) =>
        ShortId(attempt == 0 ? $"{channelKey}\nmessage\n{messageId}" : $"{channelKey}\nmessage\n{messageId}\n{attempt}");

    /// <summary>12 characters of lower-case base32 (60 bits): short in URLs, collisions practically absent (and retried when not).</summary>
    internal static string ShortId(string key)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        Span<byte> hash = stackalloc byte[32];
        Sha256(key, default, hash);
        ulong bits = 0;
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }
        Span<char> id = stackalloc char[12];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = alphabet[(int)(bits >> (64 - 5 * (i + 1))) & 31];
        }
        return new string(id);
    }

    private static string Hex(ReadOnlySpan<char> value, ReadOnlySpan<char> more = default)
    {
        Span<byte> digest = stackalloc byte[32];
        Sha256(value, more, digest);
        return Convert.ToHexStringLower(digest);
    }

    private static string HexOf(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    // One hash object per thread, reset by each use: a new one (or the one-shot SHA256.HashData) sets up and tears down
    // an OpenSSL context, and every post takes three hashes.
    private static IncrementalHash Hasher => t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // SHA-256 of the UTF-8 of value then more.
    private static void Sha256(ReadOnlySpan<char> value, ReadOnlySpan<char> more, Span<byte> digest)
    {
        var sha256 = Hasher;
        AppendUtf8(sha256, value);
        AppendUtf8(sha256, more);
        sha256.GetHashAndReset(digest);
    }

    private static void AppendUtf8(IncrementalHash hash, ReadOnlySpan<char> chars)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
        hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(chars, bytes));
        ArrayPool<byte>.Shared.Return(bytes);
    }
}
