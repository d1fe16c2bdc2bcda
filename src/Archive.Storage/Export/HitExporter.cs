using System.Buffers;
using System.Text.Json;
using Archive.Storage.Posts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Export;

/// <summary>One hit of a search as a download writes it: what the result list shows, with the whole text.</summary>
public sealed record ExportedHit(
    string Id,
    string Channel,
    DateOnly? Published,
    DateOnly? PublishedEarliest,
    DateOnly? PublishedLatest,
    string PublishedConfidence,
    string? ForwardedFrom,
    string Language,
    IReadOnlyList<string> Hashtags,
    int ReactionTotal,
    bool HasMedia,
    string Text);

/// <summary>
/// Writes every hit of a search (pages of post ids in the search's order, as the index gives them) as CSV or JSON
/// lines: each page's posts read from the store in one query, written and flushed before the next page is read, so
/// the memory held is one page's whatever the number of hits. Permalinks start with <paramref name="siteUrl"/>.
/// </summary>
public sealed class HitExporter(ArchiveDbContext db, string? siteUrl)
{
    /// <summary>The columns of the CSV and the fields of each JSON line, in order.</summary>
    public static readonly string[] Columns =
    [
        "permalink", "channel", "published", "published_earliest", "published_latest", "published_confidence",
        "forwarded_from", "language", "hashtags", "reactions", "has_media", "text",
    ];

    /// <summary>Writes the posts of <paramref name="pages"/> in their order (a post gone from the store since is left out); returns how many.</summary>
    public async Task<int> WriteAsync(IEnumerable<IReadOnlyList<string>> pages, Stream output, ExportFormat format, CancellationToken ct = default)
    {
        var count = 0;
        if (format == ExportFormat.Csv)
        {
            await using var csv = new CsvWriter(output);
            await csv.WriteRowAsync(Columns, ct);
            foreach (var ids in pages)
            {
                foreach (var hit in await ReadAsync(ids, ct))
                {
                    await csv.WriteRowAsync(CsvRow(hit), ct);
                    count++;
                }
                await csv.FlushAsync(ct);
            }
            await csv.FlushAsync(ct);
        }
        else
        {
            // A page's lines are made in memory and sent with one asynchronous write: a web response takes no synchronous ones.
            var lines = new ArrayBufferWriter<byte>(1 << 16);
            await using var json = new Utf8JsonWriter(lines, PostExporter.JsonOptions);
            foreach (var ids in pages)
            {
                foreach (var hit in await ReadAsync(ids, ct))
                {
                    WriteJson(json, hit);
                    json.Flush();
                    json.Reset();
                    lines.Write("\n"u8);
                    count++;
                }
                await output.WriteAsync(lines.WrittenMemory, ct);
                await output.FlushAsync(ct);
                lines.ResetWrittenCount();
            }
        }
        return count;
    }

    /// <summary>The posts of <paramref name="ids"/>, in that order, read in one query.</summary>
    public async Task<IReadOnlyList<ExportedHit>> ReadAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var wanted = ids.ToArray();
        var rows = await db.Posts.AsNoTracking()
            .Where(p => wanted.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Channel = p.Channel.Name,
                p.Published,
                p.PublishedEarliest,
                p.PublishedLatest,
                p.PublishedConfidence,
                p.ForwardedFrom,
                p.Language,
                Hashtags = p.PostHashtags.OrderBy(h => h.Order).Select(h => h.Spelling).ToList(),
                p.ReactionTotal,
                p.HasMedia,
                p.Text,
            })
            .ToDictionaryAsync(h => h.Id, StringComparer.Ordinal, ct);
        var hits = new List<ExportedHit>(wanted.Length);
        foreach (var id in wanted)
        {
            if (rows.TryGetValue(id, out var p))
            {
                hits.Add(new ExportedHit(p.Id, p.Channel, p.Published, p.PublishedEarliest, p.PublishedLatest,
                    PostExporter.ConfidenceName(p.PublishedConfidence), p.ForwardedFrom, p.Language, p.Hashtags, p.ReactionTotal, p.HasMedia, p.Text));
            }
        }
        return hits;
    }

    // One value per cell: several hashtags joined by spaces (a ';' splits into cells in some locales' spreadsheets).
    private string[] CsvRow(ExportedHit hit) =>
    [
        PostPermalink.Of(siteUrl, hit.Id),
        hit.Channel,
        PostExporter.Day(hit.Published),
        PostExporter.Day(hit.PublishedEarliest),
        PostExporter.Day(hit.PublishedLatest),
        hit.PublishedConfidence,
        hit.ForwardedFrom ?? "",
        hit.Language,
        string.Join(' ', hit.Hashtags),
        hit.ReactionTotal.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PostExporter.Boolean(hit.HasMedia),
        hit.Text,
    ];

    private void WriteJson(Utf8JsonWriter json, ExportedHit hit)
    {
        json.WriteStartObject();
        json.WriteString("id", hit.Id);
        json.WriteString("permalink", PostPermalink.Of(siteUrl, hit.Id));
        json.WriteString("channel", hit.Channel);
        json.WriteString("published", Date(hit.Published));
        json.WriteString("published_earliest", Date(hit.PublishedEarliest));
        json.WriteString("published_latest", Date(hit.PublishedLatest));
        json.WriteString("published_confidence", hit.PublishedConfidence);
        json.WriteString("forwarded_from", hit.ForwardedFrom);
        json.WriteString("language", hit.Language);
        json.WriteStartArray("hashtags");
        foreach (var tag in hit.Hashtags)
        {
            json.WriteStringValue(tag);
        }
        json.WriteEndArray();
        json.WriteNumber("reactions", hit.ReactionTotal);
        json.WriteBoolean("has_media", hit.HasMedia);
        json.WriteString("text", hit.Text);
        json.WriteEndObject();
    }

    private static string? Date(DateOnly? day) => day is null ? null : PostExporter.Day(day);
}
