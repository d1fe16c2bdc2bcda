using System.Runtime.CompilerServices;
namespace Archive.Parsing.ChannelDumps;

/// <summary>What a line of a channel dump is: body text or one of the web preview's markers.</summary>
public enum ChannelLineKind
{
    Body,
    Blank,
    MediaPlaceholder,
    ViewInTelegram,
    UnsupportedNotice,
    ForwardHeader,
    Reactions,
}

/// <summary>Recognizes the marker lines the Telegram web preview puts around a post.</summary>
public static class ChannelLine
{
    private const string ForwardPrefix = "Forwarded from ";

    public static ChannelLineKind Classify(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return ChannelLineKind.Blank;
        }

        return text switch
        {
            "Media is too big" or "This media is not supported in your browser" => ChannelLineKind.MediaPlaceholder,
            "VIEW IN TELEGRAM" => ChannelLineKind.ViewInTelegram,
            "Please open Telegram to view this post" => ChannelLineKind.UnsupportedNotice,
            _ when text.StartsWith(ForwardPrefix, StringComparison.Ordinal) => ChannelLineKind.ForwardHeader,
            _ when TryParseReactions(text, out _) => ChannelLineKind.Reactions,
            _ => ChannelLineKind.Body,
        };
    }

    /// <summary>The channel named by a "Forwarded from …" line, as written, trimmed.</summary>
    public static string ForwardedChannel(string line) => line.Trim()[ForwardPrefix.Length..].Trim();

    /// <summary>
    /// Reads a reactions line: only emoji each followed by a count ("👍18❤8💯2😁1"). Anything with a
    /// letter, a space or ASCII punctuation is not one.
    /// </summary>
    // A per-character loop run for every post: compiled optimized at once, not left in slow tier-0 code (with a
    // patchpoint call per iteration) for the first seconds of an ingest while the tiering thread catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseReactions(ReadOnlySpan<char> text, out IReadOnlyList<KeyValuePair<string, int>> reactions)
    {
        reactions = [];
        List<KeyValuePair<string, int>>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var emojiStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]))
            {
                var c = text[i];
                if (c < 0x80 || char.IsLetter(c) || char.IsWhiteSpace(c))
                {
                    return false;
                }

                i++;
            }

            var countStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (countStart == emojiStart || i == countStart || i - countStart > 9)
            {
                return false;
            }

            (found ??= []).Add(new(text[emojiStart..countStart].ToString(), int.Parse(text[countStart..i])));
        }

        if (found is null)
        {
            return false;
        }

        reactions = found;
        return true;
    }
}
