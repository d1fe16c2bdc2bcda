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
        // One builder per thread, kept: the text is copied into it for every post, so a new one would grow each time.
        var text = t_fingerprint ??= new StringBuilder(4096);
        text.Clear();
        text.Append(post.Text).Append('\u001f')
            .Append(post.Language).Append('\u001f')
            .Append(post.ForwardedFrom).Append('\u001f')
            .Append(post.HasMedia).Append('\u001f')
            .Append(post.MediaNote).Append('\u001f')
            .AppendJoin('\u001e', post.Hashtags).Append('\u001f');
        for (var i = 0; i < post.Reactions.Count; i++)
        {
            text.Append(i == 0 ? "" : "\u001e").Append(post.Reactions[i].Key).Append('=').Append(post.Reactions[i].Value);
        }
        text.Append('\u001f');
        if (post.Published.Date is { } published)
        {
            text.Append($"{published:yyyy-MM-dd}");
        }
        text.Append('/').Append(post.Published.Confidence).Append('\u001f');
        for (var i = 0; i < post.MentionedDates.Count; i++)
        {
            text.Append(i == 0 ? "" : "\u001e").Append($"{post.MentionedDates[i]:yyyy-MM-dd}");
        }
        text.Append('\u001f')
            .Append(post.PublishedAt?.ToString("O")).Append('\u001f')
            .Append(post.EditedAt?.ToString("O")).Append('\u001f')
            .Append(post.Author).Append('\u001f')
            .Append(post.ReplyToMessageId);

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, chars, text.Length);
        var hash = Hex(chars.AsSpan(0, text.Length));
        ArrayPool<char>.Shared.Return(chars);
        if (text.Capacity > 1 << 18)
        {
            t_fingerprint = null; // one huge post does not pin its size for the thread's life
        }
        return hash;
    }

    [ThreadStatic]
    private static StringBuilder? t_fingerprint;

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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
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

    private static string Hex(ReadOnlySpan<char> value)
    {
        // One-shot: an incremental hash sets up and tears down an OpenSSL context per post.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, bytes);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes.AsSpan(0, length), digest);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexStringLower(digest);
    }
}
