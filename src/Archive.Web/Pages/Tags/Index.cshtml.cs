using Archive.Parsing;
using Archive.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Tags;

/// <summary>/tags: every hashtag with its number of posts, filterable by part of the name.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public string? Filter { get; private set; }
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];
    public int AllCount { get; private set; }

    public async Task OnGetAsync(string? filter, CancellationToken ct)
    {
        Filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim();
        AllCount = await db.Hashtags.CountAsync(ct);
        var tags = db.Hashtags.AsNoTracking();
        if (Filter is not null)
        {
            var key = Hashtags.Normalize(Filter);
            tags = tags.Where(h => h.Name.Contains(key));
        }
        // Counted on the link table's own index: through Hashtag.Posts, EF joins every link to its post's row, seconds at 1M posts (docs/benchmarks.md).
        var counts = await db.PostHashtags.GroupBy(link => link.HashtagId)
            .Select(g => new { HashtagId = g.Key, Posts = g.Count() })
            .ToDictionaryAsync(c => c.HashtagId, c => c.Posts, ct);
        var named = await tags.Select(h => new { h.Id, h.Name, h.Display }).ToListAsync(ct);
        Tags = named
            .Select(h => new TagCount(h.Name, h.Display, counts.GetValueOrDefault(h.Id)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public sealed record TagCount(string Name, string Display, int Count);
}
