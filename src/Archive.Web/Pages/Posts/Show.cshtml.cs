using Archive.Search.Querying;
using Archive.Storage.Posts;
using Archive.Storage;
using Archive.Web.Searching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Posts;

/// <summary>One post, whole: text with links, metadata, reactions, related posts, and its neighbours in the channel.</summary>
public sealed class ShowModel(ArchiveDbContext db, PostSearcher searcher) : PageModel
{
    public PostView Post { get; private set; } = null!;

    /// <summary>The posts just before and after this one in its channel, in source order.</summary>
    public PostLink? Previous { get; private set; }
    public PostLink? Next { get; private set; }

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    /// <summary>Other posts with the same or nearly the same text, oldest first, and which was seen first.</summary>
    public PostCopies Copies { get; private set; } = null!;

    /// <summary>The post this one replies to, when it is in the archive (same channel, that message id).</summary>
    public PostLink? RepliedTo { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var post = await db.FindWholeAsync(id, ct);
        if (post is null)
        {
            return NotFound();
        }
        Post = PostView.From(post);

        (Previous, Next) = await db.NeighboursAsync(post, ct);
        Copies = await db.CopiesAsync(post, ct);

        if (post.ReplyToMessageId is { } replyTo)
        {
            RepliedTo = await db.Posts.AsNoTracking().Where(p => p.ChannelId == post.ChannelId && p.MessageId == replyTo)
                .Select(p => new PostLink(p.Id, p.Published, p.Text))
                .FirstOrDefaultAsync(ct);
        }

        Related = searcher.Related(post.Id, 5);
        return Page();
    }

    public string TagLink(string normalizedTag) => SiteLinks.Search(Request, new SearchQuery { Tags = [normalizedTag] });

    public string PostLink(string id) => SiteLinks.Post(Request, id);

    /// <summary>t.me link to the original, when the channel's username and the message id are known.</summary>
    public string? TelegramLink => TelegramMessageLink(Post.MessageId);

    /// <summary>t.me link to the post's channel, when its username is known: for a post without a message id, the nearest to the original.</summary>
    public string? ChannelTelegramLink => Post.ChannelUsername is { Length: > 0 } user ? Archive.Storage.Channels.ChannelLink.Address(user) : null;

    /// <summary>t.me link to any message of this post's channel, when the channel's username is known.</summary>
    public string? TelegramMessageLink(long? messageId) => Post.ChannelUsername is { Length: > 0 } user && messageId is { } message
        ? Archive.Storage.Channels.ChannelLink.MessageAddress(user, message)
        : null;

    /// <summary>The first words of a post, for a reply's context line.</summary>
    public static string Excerpt(string text, int length = 160)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (flat.Length <= length)
        {
            return flat;
        }
        var cut = flat.LastIndexOf(' ', length - 1);
        return flat[..(cut > length / 2 ? cut : length)] + " …";
    }
}
