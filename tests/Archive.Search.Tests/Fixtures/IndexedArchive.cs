using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Copies;
using Archive.Storage.Posts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Fixtures;

/// <summary>A real SQLite store in a temp folder holding the sample posts, and a real index built from it. Shared by a test class.</summary>
public sealed class IndexedArchive : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "archive-search-tests", Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(Folder, "archive.db");
    public string IndexPath => Path.Combine(Folder, "index");

    internal List<Post> Posts { get; private set; } = [];
    public SearchIndex Index { get; private set; } = null!;
    public PostIndexer Indexer { get; private set; } = null!;
    public PostSearcher Searcher { get; private set; } = null!;

    /// <summary>The texts of hits, read from this archive's store.</summary>
    public PostTextReader Texts { get; private set; } = null!;

    public ArchiveDbContext OpenStore() => new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={StorePath}").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await using (var db = OpenStore())
        {
            await ArchiveStore.MigrateAsync(db);
            db.Posts.AddRange(SamplePosts.ToEntities());
            await db.SaveChangesAsync();
            // The duplicate in another channel is a copy of its original, as an ingest records it: both ways round.
            var original = await db.Posts.SingleAsync(p => p.Id == SamplePosts.CopiedId);
            var copy = await db.Posts.SingleAsync(p => p.Id == SamplePosts.DuplicateId);
            db.PostCopies.AddRange(new PostCopy { PostKey = original.Key, CopyKey = copy.Key }, new PostCopy { PostKey = copy.Key, CopyKey = original.Key });
            await db.SaveChangesAsync();
        }
        await using (var db = OpenStore())
        {
            // Read back what the store holds, so counts in tests are over the stored entities.
            Posts = await db.Posts.AsNoTracking().Include(p => p.Channel).Include(p => p.Hashtags).Include(p => p.MentionedDates).ToListAsync();
        }
        Index = new SearchIndex(IndexPath);
        Indexer = new PostIndexer(Index);
        Texts = new PostTextReader(new StoreContexts(this));
        Searcher = new PostSearcher(Index, Texts);
        await using (var db = OpenStore())
        {
            await Indexer.RebuildAsync(db);
        }
    }

    internal Post Post(string id) => Posts.Single(p => p.Id == id);

    private sealed class StoreContexts(IndexedArchive archive) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => archive.OpenStore();
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        Texts.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}
