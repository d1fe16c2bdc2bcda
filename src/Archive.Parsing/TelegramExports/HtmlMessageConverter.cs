using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Archive.Parsing.Dates;
using Archive.Parsing.Text;

namespace Archive.Parsing.TelegramExports;

/// <summary>A post read off the HTML, and who sent it (a "joined" message that follows inherits the sender).</summary>
internal sealed record HtmlPost(ParsedPost Post, string? Sender);

/// <summary>Turns one <c>div.message.default</c> block of an HTML export into a <see cref="ParsedPost"/>.</summary>
internal static class HtmlMessageConverter
{
    private const string MessageIdPrefix = "message";
    private const string GoToMessage = "go_to_message";
    private const string GoToMessageCall = "GoToMessage(";

    /// <summary>Null when the block carries no message id (nothing to identify the post by).</summary>
    public static HtmlPost? ToPost(IElement message, ParsedChannel channel, int sourceIndex, string? previousSender)
    {
        var id = message.Id is { } rawId && rawId.StartsWith(MessageIdPrefix, StringComparison.Ordinal)
            && long.TryParse(rawId.AsSpan(MessageIdPrefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedId)
            ? parsedId
            : (long?)null;
        var body = message.Children.FirstOrDefault(child => child.ClassList.Contains("body"));
        if (id is null || body is null)
        {
            return null;
        }

        var sender = message.ClassList.Contains("joined")
            ? previousSender
            : OwnText(body.Children.FirstOrDefault(IsFromName)) ?? previousSender;

        var text = new ExportTextBuilder();
        if (body.QuerySelector("div.text") is { } textElement)
        {
            AppendText(textElement, text);
        }

        var (hasMedia, mediaNote) = ReadMedia(body.QuerySelector("div.media_wrap"), text);
        var publishedAt = ReadDate(body, out var publishedDay);
        var content = text.Text;

        var post = new ParsedPost
        {
            SourceIndex = sourceIndex,
            Channel = channel,
            MessageId = id,
            Text = content,
            Language = LanguageDetector.Detect(content),
            PublishedAt = publishedAt,
            Published = publishedDay is { } day
                ? new PublishedDate(day, publishedAt is null ? DateConfidence.Explicit : DateConfidence.Exact)
                : PublishedDate.Unknown,
            Author = OwnText(body.QuerySelector("div.signature")) ?? sender,
            ForwardedFrom = OwnText(body.QuerySelector("div.forwarded.body")?.Children.FirstOrDefault(IsFromName)),
            ReplyToMessageId = ReadReplyTo(body.QuerySelector("div.reply_to")),
            Hashtags = text.Hashtags,
            Urls = text.Urls,
            Reactions = ReadReactions(body),
            HasMedia = hasMedia,
            MediaNote = mediaNote,
        };
        return new HtmlPost(post, sender);
    }

    private static bool IsFromName(IElement element) => element.ClassList.Contains("from_name");

    /// <summary>The element's own text, without nested details ("via @bot", the forward's date).</summary>
    private static string? OwnText(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var own = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText textNode)
            {
                own.Append(textNode.Data);
            }
        }

        var result = own.ToString().Trim();
        var via = result.IndexOf(" via @", StringComparison.Ordinal);
        if (via > 0)
        {
            result = result[..via].TrimEnd();
        }

        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// Walks the markup: &lt;br&gt; is a line end; hashtag anchors (ShowHashtag) give hashtags; other anchors with a
    /// web address give links. Raw line breaks in text nodes are only the exporter's indentation.
    /// </summary>
    private static void AppendText(INode node, ExportTextBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(WithoutIndentation(textNode.Data));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append("\n");
                    break;
                case IElement { LocalName: "a" } anchor:
                    ReadAnchor(anchor, text);
                    AppendText(anchor, text);
                    break;
                case IElement { LocalName: "pre" or "blockquote" or "div" or "p" } block:
                    // Telegram shows a code block or a quote on lines of its own.
                    text.EndLine();
                    AppendText(block, text);
                    text.EndLine();
                    break;
                case IElement element:
                    AppendText(element, text);
                    break;
            }
        }
    }

    private static void ReadAnchor(IElement anchor, ExportTextBuilder text)
    {
        var label = anchor.TextContent.Trim();
        var onclick = anchor.GetAttribute("onclick") ?? string.Empty;
        var href = anchor.GetAttribute("href") ?? string.Empty;
        if (onclick.Contains("ShowHashtag", StringComparison.Ordinal)
            || (label.StartsWith('#') && string.IsNullOrEmpty(href)))
        {
            text.AddHashtag(label);
        }
        else if (!label.StartsWith('@')
            && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            // A mention also links to t.me, but it names a user rather than cites a page.
            text.AddUrl(href);
        }
    }

    private static string WithoutIndentation(string data)
    {
        if (!data.Contains('\n', StringComparison.Ordinal))
        {
            return data;
        }

        var result = new StringBuilder(data.Length);
        var skipping = false;
        foreach (var c in data)
        {
            if (c is '\n' or '\r')
            {
                skipping = true;
            }
            else if (!(skipping && c is ' ' or '\t'))
            {
                skipping = false;
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The title of <c>div.date.details</c>: "25.11.2026 14:03:11 UTC+03:00" (older exports lack the offset).</summary>
    private static DateTimeOffset? ReadDate(IElement body, out DateOnly? day)
    {
        day = null;
        var title = body.Children.FirstOrDefault(child => child.ClassList.Contains("date") && child.ClassList.Contains("details"))
            ?.GetAttribute("title")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        var utc = title.IndexOf(" UTC", StringComparison.Ordinal);
        var local = utc < 0 ? title : title[..utc];
        if (!DateTime.TryParseExact(local, "dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || !Datelines.IsPublicationYear(time.Year))
        {
            return null;
        }

        day = DateOnly.FromDateTime(time);
        if (utc < 0)
        {
            // Without the offset the instant is unknown; the day as the exporter saw it is all there is.
            return null;
        }

        var offsetText = title[(utc + 4)..].Trim();
        if (offsetText.Length == 0)
        {
            return new DateTimeOffset(time, TimeSpan.Zero);
        }

        // A zone offset is at most 14 hours: a larger one would throw where the instant is made.
        if (!TimeSpan.TryParseExact(offsetText.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var offset)
            || offset > TimeSpan.FromHours(14))
        {
            return null;
        }

        return new DateTimeOffset(time, offsetText.StartsWith('-') ? -offset : offset);
    }

    /// <summary>The reply link is "#go_to_message123" (or "messages2.html#go_to_message123") with onclick "GoToMessage(123)".</summary>
    private static long? ReadReplyTo(IElement? replyTo)
    {
        if (replyTo is null)
        {
            return null;
        }

        foreach (var anchor in replyTo.QuerySelectorAll("a"))
        {
            if (NumberAfter(anchor.GetAttribute("href"), GoToMessage) is { } fromHref)
            {
                return fromHref;
            }

            if (NumberAfter(anchor.GetAttribute("onclick"), GoToMessageCall) is { } fromCall)
            {
                return fromCall;
            }
        }

        return null;
    }

    private static long? NumberAfter(string? value, string marker)
    {
        var at = value?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var digits = value.AsSpan(at + marker.Length);
        var length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        return length > 0 && long.TryParse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static IReadOnlyList<KeyValuePair<string, int>> ReadReactions(IElement body)
    {
        var tally = new ReactionTally();
        foreach (var reaction in body.QuerySelectorAll(".reactions .reaction"))
        {
            var emoji = reaction.QuerySelector(".emoji")?.TextContent.Trim();
            var key = reaction.ClassList.Contains("paid") ? ReactionTally.Paid
                : string.IsNullOrEmpty(emoji) ? ReactionTally.CustomEmoji
                : emoji;
            tally.Add(key, ReactionCount(reaction));
        }

        return tally.Counts;
    }

    /// <summary>A count when the exporter wrote one; otherwise one small userpic per person who reacted.</summary>
    private static int ReactionCount(IElement reaction)
    {
        if (reaction.QuerySelector(".count")?.TextContent.Trim() is { Length: > 0 } count
            && int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var userpics = reaction.QuerySelectorAll(".userpic").Length;
        return userpics > 0 ? userpics : 1;
    }

    /// <summary>Polls become text lines; anything else in the media block is media, noted as briefly as the JSON reader does.</summary>
    private static (bool HasMedia, string? Note) ReadMedia(IElement? mediaWrap, ExportTextBuilder text)
    {
        if (mediaWrap is null)
        {
            return (false, null);
        }

        if (mediaWrap.QuerySelector(".media_poll") is { } poll)
        {
            if (OwnText(poll.QuerySelector(".question")) is { } question)
            {
                text.AppendLine(question);
            }

            foreach (var answer in poll.QuerySelectorAll(".answer"))
            {
                if (OwnText(answer)?.TrimStart('-', ' ') is { Length: > 0 } line)
                {
                    text.AppendLine(line);
                }
            }

            return (false, null);
        }

        string kind;
        string? detail = null;
        if (mediaWrap.QuerySelector(".photo_wrap") is not null)
        {
            kind = "photo";
        }
        else if (mediaWrap.QuerySelector(".video_file_wrap") is not null)
        {
            kind = "video_file";
        }
        else if (mediaWrap.QuerySelector(".animated_wrap") is not null)
        {
            kind = "animation";
        }
        else if (mediaWrap.QuerySelector(".sticker_wrap") is not null)
        {
            kind = "sticker";
        }
        else
        {
            var media = mediaWrap.QuerySelector(".media");
            var title = media?.QuerySelector(".title")?.TextContent.Trim();
            (kind, detail) = GenericMedia(media, title);
        }

        var description = mediaWrap.QuerySelector(".description")?.TextContent ?? string.Empty;
        var note = detail is null ? kind : $"{kind}: {detail}";
        if (description.Contains("Not included", StringComparison.OrdinalIgnoreCase)
            || description.Contains("Exceeds maximum size", StringComparison.OrdinalIgnoreCase))
        {
            note += " (not included)";
        }

        return (true, note);
    }

    /// <summary>The exporter's generic media block: the class says the family, the title the kind or the file's name.</summary>
    private static (string Kind, string? Detail) GenericMedia(IElement? media, string? title)
    {
        var classes = media?.ClassList;
        switch (title)
        {
            case "Sticker":
                return ("sticker", null);
            case "Animation":
                return ("animation", null);
            case "Video file":
                return ("video_file", null);
            case "Video message":
                return ("video_message", null);
            case "Voice message":
                return ("voice_message", null);
            case "Photo":
                return ("photo", null);
        }

        if (classes is null)
        {
            return ("media", null);
        }

        if (classes.Contains("media_file"))
        {
            return ("file", title);
        }

        if (classes.Contains("media_audio_file"))
        {
            return ("audio_file", title);
        }

        var family = classes.FirstOrDefault(name => name.StartsWith("media_", StringComparison.Ordinal));
        return (family is null ? "media" : family["media_".Length..], null);
    }
}
