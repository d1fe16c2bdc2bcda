namespace Archive.Storage.Posts;

/// <summary>The link of a post to a hashtag, keeping how the post spelled it and where it came in the post.</summary>
public sealed class PostHashtag
{
    public long PostKey { get; set; }
    public int HashtagId { get; set; }

    /// <summary>The tag as this post wrote it, without '#'; empty when the link was made through <see cref="Post.Hashtags"/> (then the tag's display spelling stands).</summary>
    public string Spelling { get; set; } = "";

    /// <summary>Position among the post's hashtags (first appearance first).</summary>
    public int Order { get; set; }
}
