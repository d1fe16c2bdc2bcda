using Archive.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Channels;

/// <summary>/channels: each channel with its number of posts and the span of their dates.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<ChannelSummary> Channels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channels = await db.Channels.AsNoTracking()
            .OrderByDescending(c => db.Posts.Count(p => p.ChannelId == c.Id)).ThenBy(c => c.Name)
            .Select(c => new ChannelSummary(
                c.Name,
                c.Username,
                db.Posts.Count(p => p.ChannelId == c.Id),
                db.Posts.Where(p => p.ChannelId == c.Id).Min(p => p.Published),
                db.Posts.Where(p => p.ChannelId == c.Id).Max(p => p.Published)))
            .ToListAsync(ct);
    }

    public sealed record ChannelSummary(string Name, string? Username, int Posts, DateOnly? First, DateOnly? Last);
}
