using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Archive.Parsing;

namespace Archive.Storage.Ingest;

/// <summary>The hashes and ids that identify posts across re-ingests.</summary>
public static class PostKeys
{
    /// <summary>SHA-256 (hex) of the text with line ends, blank lines and runs of spaces normalized: the post's identity by content.</summary>
    // A per-character loop run for every post: compiled optimized at once, not left in slow tier-0 code (with a
    // patchpoint call per iteration) for the first seconds of an ingest while the tiering thread catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string ContentHash(string text)
    {
        // One pass instead of splitting into lines and words: the same bytes as joining each line's words with one
        // space and ending every line that has words with '\n' (line ends as string.ReplaceLineEndings knows them,
        // words split as string.Split does by default, on char.IsWhiteSpace).
        var normalized = new StringBuilder(text.Length);
        bool lineHasWords = false, pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                if (lineHasWords)
                {
                    normalized.Append('\n');
                }
                lineHasWords = pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = lineHasWords;
            }
            else
            {
                if (pendingSpace)
                {
                    normalized.Append(' ');
                    pendingSpace = false;
                }
                normalized.Append(c);
                lineHasWords = true;
            }
        }
        if (lineHasWords)
        {
            normalized.Append('\n');
        }
        return Hex(normalized);
    }

    /// <summary>SHA-256 (hex) over every field the store keeps of a post except its place: a change means the post was edited.</summary>
    public static string Fingerprint(ParsedPost post)
    {
        var text = new StringBuilder(post.Text.Length + 256);
        text.Append(post.Text).Append('\u001f')
            .Append(post.Language).Append('\u001f')
            .Append(post.ForwardedFrom).Append('\u001f')
            .Append(post.HasMedia).Append('\u001f')
            .Append(post.MediaNote).Append('\u001f')
            .AppendJoin('\u001e', post.Hashtags).Append('\u001f')
            .AppendJoin('\u001e', post.Reactions.Select(r => $"{r.Key}={r.Value}")).Append('\u001f')
            .Append(post.Published.Date?.ToString("yyyy-MM-dd")).Append('/').Append(post.Published.Confidence).Append('\u001f')
            .AppendJoin('\u001e', post.MentionedDates.Select(d => d.ToString("yyyy-MM-dd"))).Append('\u001f')
            .Append(post.PublishedAt?.ToString("O")).Append('\u001f')
            .Append(post.EditedAt?.ToString("O")).Append('\u001f')
            .Append(post.Author).Append('\u001f')
            .Append(post.ReplyToMessageId);
        return Hex(text);
    }

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

    private static string Hex(StringBuilder value)
    {
        // Hashed chunk by chunk: no string and no byte array the size of the post.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bytes = stackalloc byte[1024];
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in value.GetChunks())
        {
            var chars = chunk.Span;
            while (!chars.IsEmpty)
            {
                // 256 chars never make more than 1,024 UTF-8 bytes (a char is at most 3; a surrogate pair 4 for two).
                var take = Math.Min(chars.Length, 256);
                encoder.Convert(chars[..take], bytes, flush: false, out var used, out var written, out _);
                hash.AppendData(bytes[..written]);
                chars = chars[used..];
            }
        }
        encoder.Convert([], bytes, flush: true, out _, out var last, out _);
        hash.AppendData(bytes[..last]);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
