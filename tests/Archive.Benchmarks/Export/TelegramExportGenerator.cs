using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Benchmarks.Corpus;

namespace Archive.Benchmarks.Export;

/// <summary>What an export run wrote.</summary>
public sealed record ExportSummary(int Messages, long Bytes);

/// <summary>Writes a Telegram Desktop single-chat <c>result.json</c> of about a given size, streamed, for the import memory benchmark.</summary>
public static class TelegramExportGenerator
{
    private const long ChannelId = 1_234_567_890;
    private const string ChannelName = "Archive Bench Channel";

    public static ExportSummary Generate(long targetBytes, string path, ulong seed)
    {
        var rng = new Rng(seed);
        var sentences = new SentenceBuilder(rng);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        json.WriteStartObject();
        json.WriteString("name", ChannelName);
        json.WriteString("type", "public_channel");
        json.WriteNumber("id", ChannelId);
        json.WriteStartArray("messages");

        var time = new DateTimeOffset(2019, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var id = 0;
        while (json.BytesCommitted + json.BytesPending < targetBytes)
        {
            id++;
            time = time.AddSeconds(rng.Between(600, 86_400));
            if (rng.Chance(0.02))
            {
                WriteService(json, id, time);
            }
            else
            {
                WriteMessage(json, rng, sentences, id, time);
            }
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return new ExportSummary(id, stream.Length);
    }

    private static void WriteService(Utf8JsonWriter json, int id, DateTimeOffset time)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("type", "service");
        WriteDate(json, time);
        json.WriteString("actor", ChannelName);
        json.WriteString("actor_id", $"channel{ChannelId}");
        json.WriteString("action", "pin_message");
        json.WriteNumber("message_id", Math.Max(1, id - 1));
        json.WriteString("text", "");
        json.WriteStartArray("text_entities");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, Rng rng, SentenceBuilder sentences, int id, DateTimeOffset time)
    {
        var russian = rng.Chance(0.35);
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("type", "message");
        WriteDate(json, time);
        if (rng.Chance(0.1))
        {
            var edited = time.AddMinutes(rng.Between(1, 600));
            json.WriteString("edited", edited.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("edited_unixtime", edited.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
        json.WriteString("from", ChannelName);
        json.WriteString("from_id", $"channel{ChannelId}");
        if (rng.Chance(0.2))
        {
            json.WriteString("forwarded_from", rng.Pick(Vocabulary.ForwardSources));
        }
        if (id > 1 && rng.Chance(0.08))
        {
            json.WriteNumber("reply_to_message_id", rng.Between(Math.Max(1, id - 50), id - 1));
        }
        if (rng.Chance(0.15))
        {
            json.WriteString("photo", rng.Chance(0.5) ? "(File not included. Change data exporting settings to download.)" : $"photos/photo_{id}@{time:dd-MM-yyyy_HH-mm-ss}.jpg");
            json.WriteNumber("width", 1280);
            json.WriteNumber("height", 720);
        }

        // Text as Telegram writes it: a plain string when there are no entities, else an array of strings and entity objects.
        var parts = new List<(string Type, string Text, string? Href)>();
        var paragraphs = rng.Between(1, 4);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i > 0)
            {
                parts.Add(("plain", "\n\n", null));
            }
            if (rng.Chance(0.2))
            {
                parts.Add(("bold", russian ? "Важно: " : "Important: ", null));
            }
            parts.Add(("plain", sentences.Paragraph(russian, rng.Between(1, 4)), null));
        }
        if (rng.Chance(0.3))
        {
            parts.Add(("plain", "\n", null));
            parts.Add(("hashtag", "#" + rng.PickSkewed(russian ? Vocabulary.RuTags : Vocabulary.EnTags), null));
        }
        if (rng.Chance(0.15))
        {
            parts.Add(("plain", " ", null));
            parts.Add(("text_link", russian ? "Читайте полностью" : "Read in full", $"https://mid.ru/en/foreign_policy/news/{rng.Between(1_000_000, 2_000_000)}/"));
        }
        if (rng.Chance(0.05))
        {
            parts.Add(("plain", " ", null));
            parts.Add(("mention", "@MFARussia", null));
        }

        var plainOnly = parts.TrueForAll(p => p.Type == "plain");
        if (plainOnly)
        {
            json.WriteString("text", string.Concat(parts.Select(p => p.Text)));
        }
        else
        {
            json.WriteStartArray("text");
            foreach (var (type, text, href) in parts)
            {
                if (type == "plain")
                {
                    json.WriteStringValue(text);
                }
                else
                {
                    WriteEntity(json, type, text, href);
                }
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("text_entities");
        foreach (var (type, text, href) in parts)
        {
            WriteEntity(json, type, text, href);
        }
        json.WriteEndArray();

        if (rng.Chance(0.6))
        {
            json.WriteStartArray("reactions");
            var kinds = rng.Between(1, 4);
            var count = rng.Between(1, 60);
            for (var i = 0; i < kinds; i++)
            {
                json.WriteStartObject();
                json.WriteString("type", "emoji");
                json.WriteNumber("count", count);
                json.WriteString("emoji", Vocabulary.Reactions[(i * 2 + rng.Next(2)) % Vocabulary.Reactions.Length]);
                json.WriteEndObject();
                count = Math.Max(1, count - rng.Between(1, 15));
            }
            if (rng.Chance(0.1))
            {
                json.WriteStartObject();
                json.WriteString("type", "custom_emoji");
                json.WriteNumber("count", rng.Between(1, 5));
                json.WriteString("document_id", $"(File not included. Change data exporting settings to download.)");
                json.WriteEndObject();
            }
            if (rng.Chance(0.05))
            {
                json.WriteStartObject();
                json.WriteString("type", "paid");
                json.WriteNumber("count", rng.Between(1, 20));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, string type, string text, string? href)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("text", text);
        if (href is not null)
        {
            json.WriteString("href", href);
        }
        json.WriteEndObject();
    }

    /// <summary>"date" is local time without a zone, as Telegram writes it; "date_unixtime" is a string.</summary>
    private static void WriteDate(Utf8JsonWriter json, DateTimeOffset time)
    {
        json.WriteString("date", time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        json.WriteString("date_unixtime", time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }
}
