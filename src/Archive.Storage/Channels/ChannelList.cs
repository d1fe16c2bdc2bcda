using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Channels;

/// <summary>A channel with its number of posts (how many undated) and the span of their dates.</summary>
public sealed record ChannelSummary(string Name, string? Username, int Posts, int Undated, DateOnly? First, DateOnly? Last);

/// <summary>Every channel of the archive with its counts, largest first: what /channels and the channels verb list.</summary>
public static class ChannelList
{
    /// <summary>Sums <see cref="PostQueries.Summaries"/> per channel (the posts' rows are not read); a channel without posts counts 0.</summary>
    public static async Task<IReadOnlyList<ChannelSummary>> ReadAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var spans = (await db.Summaries().ToListAsync(ct))
            .GroupBy(s => s.ChannelId)
            .ToDictionary(g => g.Key, g => (Posts: g.Sum(s => s.Posts), Undated: g.Sum(s => s.Undated), First: g.Min(s => s.First), Last: g.Max(s => s.Last)));
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.Username }).ToListAsync(ct);
        return channels
            .Select(c =>
            {
                var span = spans.GetValueOrDefault(c.Id);
                return new ChannelSummary(c.Name, c.Username, span.Posts, span.Undated, span.First, span.Last);
            })
            .OrderByDescending(c => c.Posts).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
