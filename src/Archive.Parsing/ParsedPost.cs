namespace Archive.Parsing;

/// <summary>One post as a dump reader found it: the merged text and everything read off it.</summary>
public sealed record ParsedPost
{
    /// <summary>0-based position of the post in its source file.</summary>
    public required int SourceIndex { get; init; }

    /// <summary>The body, noise removed, renderings merged; lines joined with '\n'.</summary>
    public required string Text { get; init; }

    /// <summary>"en", "ru" or "mixed" (see <see cref="Languages"/>).</summary>
    public required string Language { get; init; }

    /// <summary>The channel this post belongs to when the file itself says (exports); null means the file's channel.</summary>
    public ParsedChannel? Channel { get; init; }

    /// <summary>The original channel of a forwarded post.</summary>
    public string? ForwardedFrom { get; init; }

    public bool HasMedia { get; init; }

    /// <summary>What the media was, when the source says (exports: "photo", "video_file: clip.mp4").</summary>
    public string? MediaNote { get; init; }

    /// <summary>Hashtags as written, without '#', in order of first appearance, each once (compared by <see cref="Hashtags.Normalize"/>).</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Emoji to count, in the order the source lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Reactions { get; init; } = [];

    public IReadOnlyList<string> Urls { get; init; } = [];

    public PublishedDate Published { get; init; } = PublishedDate.Unknown;

    /// <summary>Every date the text mentions, ascending, each once.</summary>
    public IReadOnlyList<DateOnly> MentionedDates { get; init; } = [];

    /// <summary>The exact publication instant, when the source has one (exports).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>The message id inside its channel, when the source has one (exports).</summary>
    public long? MessageId { get; init; }

    public string? Author { get; init; }

    public long? ReplyToMessageId { get; init; }
}

/// <summary>A channel as an export names it.</summary>
public sealed record ParsedChannel(string Name, string? Username = null, long? ExternalId = null);

/// <summary>How a publication date was obtained.</summary>
public enum DateConfidence
{
    /// <summary>Nothing in the file bounds it.</summary>
    Unknown = 0,

    /// <summary>Taken from neighbouring posts.</summary>
    Inferred = 1,

    /// <summary>Read from a dateline, heading or anniversary in the post.</summary>
    Explicit = 2,

    /// <summary>A timestamp from the source itself (Telegram exports).</summary>
    Exact = 3,
}

/// <summary>
/// A publication date plus how sure we are of it: <see cref="Date"/> is the best day, inside the range
/// [<see cref="Earliest"/>, <see cref="Latest"/>] of days the post can have been published on (both equal to it
/// for a stated date; for an inferred one, its dated neighbours' days, null where the file has no dated post on that side).
/// </summary>
public sealed record PublishedDate(DateOnly? Date, DateConfidence Confidence)
{
    public static readonly PublishedDate Unknown = new(null, DateConfidence.Unknown);

    public PublishedDate(DateOnly? date, DateConfidence confidence, DateOnly? earliest, DateOnly? latest)
        : this(date, confidence)
    {
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>The first day the post can have been published on; null when nothing bounds it from below.</summary>
    public DateOnly? Earliest { get; init; } = Date;

    /// <summary>The last day the post can have been published on; null when nothing bounds it from above.</summary>
    public DateOnly? Latest { get; init; } = Date;
}
