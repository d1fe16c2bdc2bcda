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
        var normalized = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                normalized.AppendJoin(' ', words).Append('\n');
            }
        }
        return Hex(normalized.ToString());
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
        return Hex(text.ToString());
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

    private static string Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
