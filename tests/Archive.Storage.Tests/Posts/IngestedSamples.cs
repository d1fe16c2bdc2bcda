using Archive.Parsing;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Posts;

/// <summary>A real store with the sample dumps ingested, and its posts as EF reads them whole. Shared by a test class.</summary>
public sealed class IngestedSamples : IAsyncLifetime
{
    private TempStore _store = null!;

    public string StorePath => _store.StorePath;

    /// <summary>Every post with its channel, hashtags (in their order) and mentioned dates, read by EF.</summary>
    public List<Post> Posts { get; private set; } = [];

    public ArchiveDbContext NewContext() => _store.NewContext();

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        var ingester = _store.Ingester(DumpReader.Default);
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            await ingester.IngestFileAsync(seed);
        }
        await using var db = NewContext();
        Posts = await db.Posts.AsNoTracking().Include(p => p.Channel).Include(p => p.MentionedDates)
            .Include(p => p.PostHashtags).Include(p => p.Hashtags).AsSplitQuery()
            .OrderBy(p => p.Key).ToListAsync();
    }

    /// <summary>The displays of a post's hashtags in the order the post wrote them.</summary>
    public static IEnumerable<string> HashtagsInOrder(Post post) =>
        post.PostHashtags.OrderBy(ph => ph.Order).Select(ph => post.Hashtags.Single(h => h.Id == ph.HashtagId).Display);

    public async Task DisposeAsync() => await _store.DisposeAsync();
}
