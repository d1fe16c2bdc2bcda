using Archive.Storage;
using Archive.Storage.Posts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.About;

/// <summary>/about: what the archive holds (posts, channels, languages, dates), when it last took files in, and what it refused.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public int Posts { get; private set; }
    public int Channels { get; private set; }
    public int Hashtags { get; private set; }
    public int Undated { get; private set; }
    public IReadOnlyList<LanguageCount> Languages { get; private set; } = [];
    public DateOnly? FirstPublished { get; private set; }
    public DateOnly? LastPublished { get; private set; }
    public DateTimeOffset? LastIngest { get; private set; }
    public int Files { get; private set; }
    public IReadOnlyList<RejectedFile> Rejected { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channels = await db.Channels.CountAsync(ct);
        Hashtags = await db.Hashtags.CountAsync(ct);
        var groups = await db.Summaries().ToListAsync(ct);
        Posts = groups.Sum(g => g.Posts);
        Undated = groups.Sum(g => g.Undated);
        Languages = groups.GroupBy(g => g.Language)
            .Select(language => new LanguageCount(language.Key, language.Sum(g => g.Posts)))
            .OrderByDescending(l => l.Posts)
            .ToArray();
        FirstPublished = groups.Min(g => g.First);
        LastPublished = groups.Max(g => g.Last);
        var files = await db.SourceFiles.AsNoTracking().ToListAsync(ct);
        // SQLite cannot order or aggregate DateTimeOffset, so the (few) file rows are summed here.
        Files = files.Count(f => f.Error is null);
        LastIngest = files.Count == 0 ? null : files.Max(f => f.IngestedAt);
        Rejected = files.Where(f => f.Error is not null).OrderByDescending(f => f.IngestedAt)
            .Select(f => new RejectedFile(f.FileName, f.IngestedAt, Why(f.FileName, f.Error!)))
            .ToArray();
    }

    public sealed record LanguageCount(string Language, int Posts);

    /// <summary>A file the ingest refused: its name, when, and why.</summary>
    public sealed record RejectedFile(string FileName, DateTimeOffset IngestedAt, string Why);

    /// <summary>The ingester's message without its leading "file name: ", which the table already shows.</summary>
    private static string Why(string fileName, string error) =>
        error.StartsWith(fileName + ": ", StringComparison.Ordinal) ? error[(fileName.Length + 2)..] : error;
}
