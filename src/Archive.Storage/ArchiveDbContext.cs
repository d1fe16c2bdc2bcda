using Archive.Storage.Channels;
using Archive.Storage.Copies;
using Archive.Storage.Identity;
using Archive.Storage.Posts;
using Archive.Storage.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Archive.Storage;

/// <summary>The store: posts and where they came from, in one SQLite file.</summary>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Hashtag> Hashtags => Set<Hashtag>();
    public DbSet<PostHashtag> PostHashtags => Set<PostHashtag>(PostHashtagsTable);
    public DbSet<Reaction> Reactions => Set<Reaction>();
    public DbSet<MentionedDate> MentionedDates => Set<MentionedDate>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<StoreIdentity> StoreIdentity => Set<StoreIdentity>();
    public DbSet<PostCopy> PostCopies => Set<PostCopy>();
    public DbSet<PostSignature> CopySignatures => Set<PostSignature>();
    public DbSet<PendingCopyBackfill> PendingCopyBackfill => Set<PendingCopyBackfill>();

    // The link table is a shared-type entity (the skip navigation between posts and hashtags), so its set goes by name.
    private const string PostHashtagsTable = "PostHashtags";

    // Every index is declared below, each for a query that reads it. EF's own index per foreign key would add one on
    // Posts.SourceFileId, which nothing reads (no source file is ever deleted) and every insert would pay for.
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Conventions.Remove<ForeignKeyIndexConvention>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Post>(post =>
        {
            post.HasKey(p => p.Key);
            post.Ignore(p => p.CopyCount);
            post.Ignore(p => p.CopyChannelCount);
            post.HasIndex(p => p.Id).IsUnique();
            post.Property(p => p.Id).HasMaxLength(32).IsRequired();
            // Also the index for a channel's posts without message ids, which an ingest loads once per file to match re-read posts
            // in memory. Nothing looks posts up by ContentHash, so it has no index: one cost the writer dearly (docs/benchmarks.md).
            post.HasIndex(p => new { p.ChannelId, p.MessageId });
            // A post's neighbours in its channel (PostQueries.NeighboursAsync), two seeks each. In place of an index on
            // (SourceFileId, SourceIndex), which no query read.
            post.HasIndex(p => new { p.ChannelId, p.SourceFileId, p.SourceIndex });
            // For PostQueries.Summaries, the browse pages' counts and date spans: read from here, not from the posts' rows, they
            // take a fraction of the time (docs/benchmarks.md). In place of an index on Published alone, which only /about used.
            post.HasIndex(p => new { p.ChannelId, p.Language, p.Published });
            post.Property(p => p.PublishedConfidence).HasConversion<string>().HasMaxLength(16);
            post.HasOne(p => p.Channel).WithMany().HasForeignKey(p => p.ChannelId);
            post.HasOne(p => p.SourceFile).WithMany().HasForeignKey(p => p.SourceFileId);
            post.Property(p => p.Fingerprint).HasMaxLength(64);
            post.HasMany(p => p.Hashtags).WithMany(h => h.Posts).UsingEntity<PostHashtag>(
                PostHashtagsTable,
                right => right.HasOne<Hashtag>().WithMany().HasForeignKey(ph => ph.HashtagId),
                left => left.HasOne<Post>().WithMany(p => p.PostHashtags).HasForeignKey(ph => ph.PostKey),
                join =>
                {
                    join.HasKey(ph => new { ph.PostKey, ph.HashtagId });
                    join.HasIndex(ph => ph.HashtagId);
                });
            post.HasMany(p => p.Reactions).WithOne().HasForeignKey(r => r.PostKey).OnDelete(DeleteBehavior.Cascade);
            post.HasMany(p => p.MentionedDates).WithOne().HasForeignKey(d => d.PostKey).OnDelete(DeleteBehavior.Cascade);
        });
        // A post's copies are read by a seek on PostKey (the key's first column); pairs are stored both ways round, so
        // nothing looks one up by CopyKey alone.
        model.Entity<PostCopy>(copy =>
        {
            copy.ToTable("PostCopies");
            copy.HasKey(c => new { c.PostKey, c.CopyKey });
            copy.HasOne<Post>().WithMany().HasForeignKey(c => c.PostKey).OnDelete(DeleteBehavior.Cascade);
            copy.HasOne<Post>().WithMany().HasForeignKey(c => c.CopyKey).OnDelete(DeleteBehavior.Cascade);
        });
        // Keyed by the post's key alone, an alias of the rowid: a post's signature is appended at the table's end.
        model.Entity<PostSignature>(signature =>
        {
            signature.ToTable("CopySignatures");
            signature.HasKey(s => s.PostKey);
            signature.Property(s => s.PostKey).ValueGeneratedNever();
            signature.HasOne<Post>().WithOne().HasForeignKey<PostSignature>(s => s.PostKey).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Hashtag>().HasIndex(h => h.Name).IsUnique();
        model.Entity<Reaction>().HasKey(r => new { r.PostKey, r.Emoji });
        model.Entity<MentionedDate>().HasKey(d => new { d.PostKey, d.Date });
        model.Entity<Channel>().HasIndex(c => c.Name).IsUnique();
        model.Entity<SourceFile>().HasIndex(s => s.Path).IsUnique();
        model.Entity<StoreIdentity>().ToTable(nameof(StoreIdentity));
        model.Entity<PendingCopyBackfill>(pending =>
        {
            pending.ToTable(nameof(PendingCopyBackfill));
            pending.Property(p => p.Id).ValueGeneratedNever();
        });
    }
}
