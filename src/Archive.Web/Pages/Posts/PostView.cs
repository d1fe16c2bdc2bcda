using Archive.Parsing;
using Archive.Storage.Posts;

namespace Archive.Web.Pages.Posts;

/// <summary>What the post page shows of a post: the page's own copy of the stored fields, not the store's entity.</summary>
public sealed record PostView
{
    public required string Id { get; init; }
    public required string Channel { get; init; }

    /// <summary>The channel's Telegram username, when known: the page links to the original with it.</summary>
    public string? ChannelUsername { get; init; }

    public required string Text { get; init; }
    public required string Language { get; init; }
    public DateOnly? Published { get; init; }
    public DateConfidence PublishedConfidence { get; init; }

    /// <summary>The range of days the post can have been published on; null on a side nothing bounds.</summary>
    public DateOnly? PublishedEarliest { get; init; }
    public DateOnly? PublishedLatest { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public string? Author { get; init; }
    public string? ForwardedFrom { get; init; }
    public long? MessageId { get; init; }
    public long? ReplyToMessageId { get; init; }
    public bool HasMedia { get; init; }
    public string? MediaNote { get; init; }
    public int ReactionTotal { get; init; }

    /// <summary>In the source's order.</summary>
    public required IReadOnlyList<ReactionCount> Reactions { get; init; }

    public required IReadOnlyList<PostTag> Hashtags { get; init; }

    /// <summary>The years of the dates the text mentions, each once, ascending.</summary>
    public required IReadOnlyList<int> MentionedYears { get; init; }

    public required string SourceFile { get; init; }

    /// <summary>0-based place in the source file.</summary>
    public int SourceIndex { get; init; }

    /// <summary>The source file's SHA-256 (lowercase hex) as stored at ingest.</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>The view of a post read whole (<see cref="PostQueries.FindWholeAsync"/>).</summary>
    public static PostView From(Post post) => new()
    {
        Id = post.Id,
        Channel = post.Channel.Name,
        ChannelUsername = post.Channel.Username,
        Text = post.Text,
        Language = post.Language,
        Published = post.Published,
        PublishedConfidence = post.PublishedConfidence,
        PublishedEarliest = post.PublishedEarliest,
        PublishedLatest = post.PublishedLatest,
        PublishedAt = post.PublishedAt,
        EditedAt = post.EditedAt,
        Author = post.Author,
        ForwardedFrom = post.ForwardedFrom,
        MessageId = post.MessageId,
        ReplyToMessageId = post.ReplyToMessageId,
        HasMedia = post.HasMedia,
        MediaNote = post.MediaNote,
        ReactionTotal = post.ReactionTotal,
        Reactions = post.Reactions.OrderBy(r => r.Order).Select(r => new ReactionCount(r.Emoji, r.Count)).ToArray(),
        Hashtags = post.Hashtags.Select(h => new PostTag(h.Name, h.Display)).ToArray(),
        MentionedYears = post.MentionedDates.Select(d => d.Date.Year).Distinct().Order().ToArray(),
        SourceFile = post.SourceFile.FileName,
        SourceIndex = post.SourceIndex,
        SourceSha256 = post.SourceFile.ContentHash,
    };
}

/// <summary>How many times one emoji was given to the post.</summary>
public sealed record ReactionCount(string Emoji, int Count);

/// <summary>A hashtag of the post: its filter key and its spelling.</summary>
public sealed record PostTag(string Name, string Display);
