namespace Archive.Storage.Channels;

/// <summary>A channel the archive holds posts of.</summary>
public sealed class Channel
{
    public int Id { get; set; }

    /// <summary>Display name; unique.</summary>
    public required string Name { get; set; }

    /// <summary>The public @username, when known: links to https://t.me/{Username}/{MessageId}.</summary>
    public string? Username { get; set; }

    /// <summary>Telegram's id for the chat, when the source is an export.</summary>
    public long? ExternalId { get; set; }
}
