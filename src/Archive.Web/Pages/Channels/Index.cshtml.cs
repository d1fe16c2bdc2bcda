using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Posts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Channels;

/// <summary>/channels: each channel with its number of posts and the span of their dates, and the sources posts were forwarded from.</summary>
public sealed class IndexModel(ArchiveDbContext db, PostSearcher searcher) : PageModel
{
    public IReadOnlyList<ChannelSummary> Channels { get; private set; } = [];

    /// <summary>The forward sources over the whole archive, counted by the index's facet (the store has no index on them).</summary>
    public IReadOnlyList<FacetCount> ForwardedFrom { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var spans = (await db.Summaries().ToListAsync(ct))
            .GroupBy(s => s.ChannelId)
            .ToDictionary(g => g.Key, g => (Posts: g.Sum(s => s.Posts), First: g.Min(s => s.First), Last: g.Max(s => s.Last)));
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.Username }).ToListAsync(ct);
        Channels = channels
            .Select(c =>
            {
                var span = spans.GetValueOrDefault(c.Id); // (0, null, null) for a channel with no posts
                return new ChannelSummary(c.Name, c.Username, span.Posts, span.First, span.Last);
            })
            .OrderByDescending(c => c.Posts).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
        ForwardedFrom = searcher.Search(new SearchRequest { PageSize = 1 }).Facets.ForwardedFrom;
    }

    public sealed record ChannelSummary(string Name, string? Username, int Posts, DateOnly? First, DateOnly? Last);
}
