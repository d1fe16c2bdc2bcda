using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Parsing;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Export;

/// <summary>The formats "export" writes.</summary>
public enum ExportFormat
{
    Jsonl,
    Csv,
}

/// <summary>One post as "export" writes it: the fields users see, the public id, where it came from.</summary>
public sealed record ExportedPost(
    string Id,
    string Channel,
    string? ForwardedFrom,
    string SourceFile,
    int SourceIndex,
    DateOnly? Published,
    string PublishedConfidence,
    DateOnly? PublishedEarliest,
    DateOnly? PublishedLatest,
    IReadOnlyList<DateOnly> MentionedDates,
    string Language,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<KeyValuePair<string, int>> Reactions,
    bool HasMedia,
    string Text);

/// <summary>
/// Writes every post of the store, in (channel, source file, index) order, as JSON lines or CSV; the CSV's permalinks
/// start with <paramref name="siteUrl"/> (the site's public URL), or are paths ("/posts/{id}") without it.
/// </summary>
public sealed class PostExporter(ArchiveDbContext db, string? siteUrl = null)
{
    /// <summary>The JSON lines' fields.</summary>
    public static readonly string[] Columns =
    [
        "id", "channel", "forwarded_from", "source_file", "source_index", "published", "published_confidence",
        "published_earliest", "published_latest", "mentioned_dates", "language", "hashtags", "reactions", "has_media", "text",
    ];

    /// <summary>The CSV's columns: those of the JSON lines with the permalink after the id.</summary>
    public static readonly string[] CsvColumns = [Columns[0], "permalink", .. Columns[1..]];

    internal static readonly JsonWriterOptions JsonOptions = new()
    {
        // Emoji and Cyrillic stay readable; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The posts in export order, streamed from the store.</summary>
    public async IAsyncEnumerable<ExportedPost> PostsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        // Split: one query per collection instead of their cartesian product on every post row.
        var rows = db.Posts.AsNoTracking().AsSplitQuery()
            .OrderBy(p => p.Channel.Name).ThenBy(p => p.SourceFile.Path).ThenBy(p => p.SourceIndex).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                Channel = p.Channel.Name,
                p.ForwardedFrom,
                SourceFile = p.SourceFile.FileName,
                p.SourceIndex,
                p.Published,
                p.PublishedConfidence,
                p.PublishedEarliest,
                p.PublishedLatest,
                MentionedDates = p.MentionedDates.OrderBy(d => d.Date).Select(d => d.Date).ToList(),
                p.Language,
                Hashtags = p.PostHashtags.OrderBy(h => h.Order).Select(h => h.Spelling).ToList(),
                Reactions = p.Reactions.OrderBy(r => r.Order).Select(r => new { r.Emoji, r.Count }).ToList(),
                p.HasMedia,
                p.Text,
            })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return new ExportedPost(row.Id, row.Channel, row.ForwardedFrom, row.SourceFile, row.SourceIndex, row.Published,
                ConfidenceName(row.PublishedConfidence), row.PublishedEarliest, row.PublishedLatest, row.MentionedDates, row.Language, row.Hashtags,
                row.Reactions.Select(r => KeyValuePair.Create(r.Emoji, r.Count)).ToList(), row.HasMedia, row.Text);
        }
    }

    /// <summary>Writes every post to <paramref name="output"/>; returns how many.</summary>
    public async Task<int> WriteAsync(Stream output, ExportFormat format, CancellationToken ct = default)
    {
        var count = 0;
        if (format == ExportFormat.Jsonl)
        {
            await using var json = new Utf8JsonWriter(output, JsonOptions);
            await foreach (var post in PostsAsync(ct))
            {
                WriteJson(json, post);
                await json.FlushAsync(ct);
                json.Reset();
                output.WriteByte((byte)'\n');
                count++;
            }
        }
        else
        {
            await using var csv = new CsvWriter(output);
            await csv.WriteRowAsync(CsvColumns, ct);
            await foreach (var post in PostsAsync(ct))
            {
                await csv.WriteRowAsync(CsvRow(post), ct);
                count++;
            }
            await csv.FlushAsync(ct);
        }
        await output.FlushAsync(ct);
        return count;
    }

    /// <summary>The wire name of a confidence: "explicit", "inferred", "unknown", "exact".</summary>
    public static string ConfidenceName(DateConfidence confidence) => confidence.ToString().ToLowerInvariant();

    private static void WriteJson(Utf8JsonWriter json, ExportedPost post)
    {
        json.WriteStartObject();
        json.WriteString("id", post.Id);
        json.WriteString("channel", post.Channel);
        json.WriteString("forwarded_from", post.ForwardedFrom);
        json.WriteString("source_file", post.SourceFile);
        json.WriteNumber("source_index", post.SourceIndex);
        json.WriteString("published", post.Published?.ToString("yyyy-MM-dd"));
        json.WriteString("published_confidence", post.PublishedConfidence);
        json.WriteString("published_earliest", post.PublishedEarliest?.ToString("yyyy-MM-dd"));
        json.WriteString("published_latest", post.PublishedLatest?.ToString("yyyy-MM-dd"));
        json.WriteStartArray("mentioned_dates");
        foreach (var date in post.MentionedDates)
        {
            json.WriteStringValue(date.ToString("yyyy-MM-dd"));
        }
        json.WriteEndArray();
        json.WriteString("language", post.Language);
        json.WriteStartArray("hashtags");
        foreach (var tag in post.Hashtags)
        {
            json.WriteStringValue(tag);
        }
        json.WriteEndArray();
        json.WriteStartObject("reactions");
        foreach (var (emoji, count) in post.Reactions)
        {
            json.WriteNumber(emoji, count);
        }
        json.WriteEndObject();
        json.WriteBoolean("has_media", post.HasMedia);
        json.WriteString("text", post.Text);
        json.WriteEndObject();
    }

    // One value per cell: a cell's list (dates, hashtags, reactions as "emoji:count", in the source's order) joined
    // by spaces, since a spreadsheet in a locale whose list separator is ';' would split a ';' list into cells.
    private string[] CsvRow(ExportedPost post) =>
    [
        post.Id,
        PostPermalink.Of(siteUrl, post.Id),
        post.Channel,
        post.ForwardedFrom ?? "",
        post.SourceFile,
        post.SourceIndex.ToString(CultureInfo.InvariantCulture),
        Day(post.Published),
        post.PublishedConfidence,
        Day(post.PublishedEarliest),
        Day(post.PublishedLatest),
        string.Join(' ', post.MentionedDates.Select(d => Day(d))),
        post.Language,
        string.Join(' ', post.Hashtags),
        string.Join(' ', post.Reactions.Select(r => $"{r.Key}:{r.Value}")),
        Boolean(post.HasMedia),
        post.Text,
    ];

    /// <summary>"yyyy-MM-dd", or "" for no date: how a day is written in every export.</summary>
    internal static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    internal static string Boolean(bool value) => value ? "true" : "false";
}
