using Archive.Parsing;
using Archive.Web.Pages.Shared;

namespace Archive.Web.Pages.Posts;

/// <summary>
/// A post's citation in plain text, the same on its page and in the API: the channel (" · " after it, as a channel's
/// name may hold a comma), the date as the page labels it with how sure it is, the permalink, the source file and the
/// post's place in it, and the file's SHA-256 as stored at ingest (so a reader can check a copy of the dump is the one cited).
/// </summary>
public static class PostCitation
{
    /// <summary>Four lines, without a line break at the end.</summary>
    public static string Text(PostView post, string permalink) => string.Join('\n',
        $"{post.Channel} · {Date(post)}",
        permalink,
        $"Source: {post.SourceFile}, post {post.SourceIndex + 1}",
        $"Source SHA-256: {post.SourceSha256}");

    private static string Date(PostView post)
    {
        var label = DateLabels.Published(post.Published, post.PublishedConfidence, post.PublishedEarliest, post.PublishedLatest);
        return post.PublishedConfidence switch
        {
            _ when post.Published is null => "date unknown",
            DateConfidence.Exact => $"{label} (exact date, from the source's timestamp)",
            DateConfidence.Explicit => $"{label} (explicit date, read from the post)",
            DateConfidence.Inferred when DateLabels.RangeReason(post.PublishedConfidence, post.PublishedEarliest, post.PublishedLatest) is not null =>
                $"{label} (inferred date range, from the dated posts around it)",
            DateConfidence.Inferred => $"{label} (inferred date)",
            _ => label,
        };
    }
}
