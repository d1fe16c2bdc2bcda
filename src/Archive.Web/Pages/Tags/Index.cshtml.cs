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
        Tags = await tags
            .OrderByDescending(h => h.Posts.Count).ThenBy(h => h.Name)
            .Select(h => new TagCount(h.Name, h.Display, h.Posts.Count))
            .ToListAsync(ct);
    }

    public sealed record TagCount(string Name, string Display, int Count);
}
