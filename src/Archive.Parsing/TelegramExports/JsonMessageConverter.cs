using System.Globalization;
using System.Text.Json;
using Archive.Parsing.Dates;
using Archive.Parsing.Text;

namespace Archive.Parsing.TelegramExports;

/// <summary>Turns one message object of a result.json into a <see cref="ParsedPost"/>.</summary>
internal static class JsonMessageConverter
{
    /// <summary>The exporter writes this in place of a path when it left a file out.</summary>
    private const string NotIncludedPrefix = "(File ";

    /// <summary>Null for what is not a post: service messages ("joined", "pinned") and unsupported ones.</summary>
    public static ParsedPost? ToPost(JsonElement message, ParsedChannel channel, int sourceIndex)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = GetString(message, "type");
        if (type is not null and not "message")
        {
            return null;
        }

        var text = new ExportTextBuilder();
        ReadText(message, text);
        ReadPoll(message, text);

        var publishedAt = GetUnixTime(message, "date_unixtime");
        var body = text.Text;
        var (hasMedia, mediaNote) = ReadMedia(message);

        return new ParsedPost
        {
            SourceIndex = sourceIndex,
            Channel = channel,
            MessageId = GetLong(message, "id"),
            Text = body,
            Language = LanguageDetector.Detect(body),
            PublishedAt = publishedAt,
            Published = Published(message, publishedAt),
            EditedAt = GetUnixTime(message, "edited_unixtime"),
            Author = GetString(message, "author") ?? GetString(message, "from"),
            ForwardedFrom = GetString(message, "forwarded_from") ?? GetString(message, "saved_from"),
            ReplyToMessageId = GetLong(message, "reply_to_message_id"),
            Hashtags = text.Hashtags,
            Urls = text.Urls,
            Reactions = ReadReactions(message),
            HasMedia = hasMedia,
            MediaNote = mediaNote,
        };
    }

    private static PublishedDate Published(JsonElement message, DateTimeOffset? publishedAt)
    {
        if (publishedAt is { } exact)
        {
            return new PublishedDate(DateOnly.FromDateTime(exact.UtcDateTime), DateConfidence.Exact);
        }

        // Old exports have only "date", in the exporting machine's unknown time zone: the day is all it gives.
        return GetString(message, "date") is { } date
            && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && Datelines.IsPublicationYear(local.Year)
            ? new PublishedDate(DateOnly.FromDateTime(local), DateConfidence.Explicit)
            : PublishedDate.Unknown;
    }

    /// <summary>"text_entities" when present (always an array), else "text" (a string or an array of strings and entities).</summary>
    private static void ReadText(JsonElement message, ExportTextBuilder text)
    {
        if (message.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                ReadTextPart(entity, text);
            }

            return;
        }

        if (!message.TryGetProperty("text", out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in value.EnumerateArray())
            {
                ReadTextPart(part, text);
            }
        }
        else
        {
            ReadTextPart(value, text);
        }
    }

    private static void ReadTextPart(JsonElement part, ExportTextBuilder text)
    {
        if (part.ValueKind == JsonValueKind.String)
        {
            text.Append(JsonText.GetString(part));
            return;
        }

        if (part.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var content = GetString(part, "text") ?? string.Empty;
        text.Append(content);
        switch (GetString(part, "type"))
        {
            case "hashtag":
                text.AddHashtag(content);
                break;
            case "link":
                text.AddUrl(content);
                break;
            case "text_link":
                if (GetString(part, "href") is { } href)
                {
                    text.AddUrl(href);
                }

                break;
        }
    }

    private static void ReadPoll(JsonElement message, ExportTextBuilder text)
    {
        if (!message.TryGetProperty("poll", out var poll) || poll.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (GetString(poll, "question") is { Length: > 0 } question)
        {
            text.AppendLine(question);
        }

        if (poll.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Array)
        {
            foreach (var answer in answers.EnumerateArray())
            {
                if (GetString(answer, "text") is { Length: > 0 } line)
                {
                    text.AppendLine(line);
                }
            }
        }
    }

    private static IReadOnlyList<KeyValuePair<string, int>> ReadReactions(JsonElement message)
    {
        if (!message.TryGetProperty("reactions", out var reactions) || reactions.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var tally = new ReactionTally();
        foreach (var reaction in reactions.EnumerateArray())
        {
            var count = (int)(GetLong(reaction, "count") ?? 0);
            var key = GetString(reaction, "type") switch
            {
                "custom_emoji" => ReactionTally.CustomEmoji,
                "paid" => ReactionTally.Paid,
                _ => GetString(reaction, "emoji"),
            };
            if (key is not null && count > 0)
            {
                tally.Add(key, count);
            }
        }

        return tally.Counts;
    }

    /// <summary>A short note such as "photo", "video_file: clip.mp4", "sticker: 😀", "file: report.pdf (not included)".</summary>
    private static (bool HasMedia, string? Note) ReadMedia(JsonElement message)
    {
        var photo = GetString(message, "photo");
        var file = GetString(message, "file");
        var mediaType = GetString(message, "media_type");
        if (photo is null && file is null && mediaType is null)
        {
            return (false, null);
        }

        var kind = mediaType ?? (photo is not null ? "photo" : "file");
        var detail = GetString(message, "sticker_emoji")
            ?? GetString(message, "file_name")
            ?? (mediaType is null && photo is null ? GetString(message, "mime_type") : null);
        var note = detail is null ? kind : $"{kind}: {detail}";
        var path = photo ?? file;
        if (path is not null && path.StartsWith(NotIncludedPrefix, StringComparison.Ordinal))
        {
            note += " (not included)";
        }

        return (true, note);
    }

    private static DateTimeOffset? GetUnixTime(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        long seconds;
        if (value.ValueKind == JsonValueKind.String)
        {
            if (!long.TryParse(JsonText.GetString(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out seconds))
            {
                return null;
            }
        }
        else if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out seconds))
        {
            return null;
        }

        return ToPublicationTime(seconds);
    }

    /// <summary>
    /// The instant of a timestamp, or null when it is none a post can have (before Telegram, after next year, or past what a
    /// date can hold): the post is kept without it rather than its whole file rejected for one field.
    /// </summary>
    internal static DateTimeOffset? ToPublicationTime(long seconds)
    {
        var earliest = new DateTimeOffset(Datelines.EarliestPublicationYear, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var end = new DateTimeOffset(Datelines.LatestPublicationYear + 1, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        return seconds >= earliest && seconds < end ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? JsonText.GetString(value) : null;

    private static long? GetLong(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(JsonText.GetString(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
