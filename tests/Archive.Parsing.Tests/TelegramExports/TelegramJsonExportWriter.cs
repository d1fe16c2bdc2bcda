using System.Text.Json;

namespace Archive.Parsing.Tests.TelegramExports;

/// <summary>Writes a synthetic single-chat result.json the way Telegram Desktop lays it out, of any size.</summary>
public static class TelegramJsonExportWriter
{
    /// <summary>
    /// Writes messages until the file reaches <paramref name="targetBytes"/>; every 50th message is a service
    /// message and every 1000th (from the first) carries a 300 KB text. Returns how many non-service messages were written.
    /// </summary>
    public static int Write(string path, long targetBytes)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("name", "Generated Channel");
        writer.WriteString("type", "public_channel");
        writer.WriteNumber("id", 987654321);
        writer.WriteStartArray("messages");

        var posts = 0;
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var longText = string.Concat(Enumerable.Repeat("Длинный текст long text. ", 12_000));
        for (var id = 1; stream.Position + writer.BytesPending < targetBytes; id++)
        {
            var date = start.AddMinutes(id);
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("type", id % 50 == 0 ? "service" : "message");
            writer.WriteString("date", date.ToString("yyyy-MM-ddTHH:mm:ss"));
            writer.WriteString("date_unixtime", date.ToUnixTimeSeconds().ToString());
            writer.WriteString("from", "Generated Channel");
            writer.WriteStartArray("text");
            writer.WriteStringValue(id % 1000 == 1 ? longText : $"Post number {id}, пост номер {id} ");
            writer.WriteStartObject();
            writer.WriteString("type", "hashtag");
            writer.WriteString("text", $"#tag{id % 10}");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartArray("reactions");
            writer.WriteStartObject();
            writer.WriteString("type", "emoji");
            writer.WriteNumber("count", id % 7 + 1);
            writer.WriteString("emoji", "👍");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            if (id % 50 != 0)
            {
                posts++;
            }

            if (writer.BytesPending > 64 * 1024)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return posts;
    }
}
