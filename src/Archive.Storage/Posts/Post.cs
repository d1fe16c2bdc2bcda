using Archive.Parsing;

using Archive.Storage.Channels;
using Archive.Storage.Sources;

namespace Archive.Storage.Posts;

/// <summary>A post in the store, the source of truth the search index is rebuilt from.</summary>
public sealed class Post
{
    /// <summary>
    /// The store's own row number (SQLite's rowid), never shown: what a post's hashtags, reactions and dates point at.
    /// It grows with every insert, so an ingest appends those rows at the end of their tables' keys instead of
    /// scattering them across the pages the random <see cref="Id"/> would put them in.
    /// </summary>
    public long Key { get; set; }

    /// <summary>The public id (in URLs and exports): stable across re-ingests and edits.</summary>
    public required string Id { get; set; }

    public int ChannelId { get; set; }
    public Channel Channel { get; set; } = null!;

    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;

    /// <summary>0-based position in the source file when last seen.</summary>
    public int SourceIndex { get; set; }

    public required string Text { get; set; }

    /// <summary>Hash of the normalized text: how an unchanged post is recognised on re-ingest.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Hash of every stored field (text, dates, reactions, ...): a re-ingested post whose fingerprint differs is updated.</summary>
    public string Fingerprint { get; set; } = "";

    public required string Language { get; set; }
    public string? ForwardedFrom { get; set; }
    public bool HasMedia { get; set; }
    public string? MediaNote { get; set; }

    public DateOnly? Published { get; set; }
    public DateConfidence PublishedConfidence { get; set; }

    /// <summary>The first day the post can have been published on (= <see cref="Published"/> for a stated date); null when nothing bounds it.</summary>
    public DateOnly? PublishedEarliest { get; set; }

    /// <summary>The last day the post can have been published on (= <see cref="Published"/> for a stated date); null when nothing bounds it.</summary>
    public DateOnly? PublishedLatest { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public long? MessageId { get; set; }
    public string? Author { get; set; }
    public long? ReplyToMessageId { get; set; }

    /// <summary>Sum of all reaction counts, kept for sorting by reactions.</summary>
    public int ReactionTotal { get; set; }

    public DateTimeOffset IngestedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Hashtag> Hashtags { get; set; } = [];

    /// <summary>The links behind <see cref="Hashtags"/>, with each tag's spelling in this post and its order.</summary>
    public List<PostHashtag> PostHashtags { get; set; } = [];

    public List<Reaction> Reactions { get; set; } = [];
    public List<MentionedDate> MentionedDates { get; set; } = [];

    /// <summary>How many other posts carry this post's text (not a column: <see cref="PostsForIndexing"/> counts them for the index).</summary>
    public int CopyCount { get; set; }

    /// <summary>In how many channels besides its own this post's copies are (counted as <see cref="CopyCount"/> is).</summary>
    public int CopyChannelCount { get; set; }
}

/// <summary>A hashtag, shared by the posts that carry it.</summary>
public sealed class Hashtag
{
    public int Id { get; set; }

    /// <summary>The filter key (<see cref="Archive.Parsing.Hashtags.Normalize"/>); unique.</summary>
    public required string Name { get; set; }

    /// <summary>The spelling first seen, for display.</summary>
    public required string Display { get; set; }

    public List<Post> Posts { get; set; } = [];
}

/// <summary>How many times one emoji was given to one post.</summary>
public sealed class Reaction
{
    public long PostKey { get; set; }
    public required string Emoji { get; set; }
    public int Count { get; set; }
    /// <summary>Position in the source's list, so display keeps its order.</summary>
    public int Order { get; set; }
}

/// <summary>A date the text of a post mentions ("posts about 1945").</summary>
public sealed class MentionedDate
{
    public long PostKey { get; set; }
    public DateOnly Date { get; set; }
}
