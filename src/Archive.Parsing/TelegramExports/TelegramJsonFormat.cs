namespace Archive.Parsing.TelegramExports;

/// <summary>Telegram Desktop's machine-readable export (result.json), one chat or a whole account, streamed.</summary>
public sealed class TelegramJsonFormat : IDumpFormat
{
    public string Name => "telegram-json";

    public bool NamesItsChannels => true;

    /// <summary>A JSON object whose head names the keys only an export has: "messages", "chats" or "personal_information".</summary>
    public bool Recognizes(string path, ReadOnlySpan<byte> head)
    {
        var content = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        var first = content.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || content[first] != (byte)'{')
        {
            return false;
        }

        return content.IndexOf("\"messages\""u8) >= 0
            || content.IndexOf("\"chats\""u8) >= 0
            || content.IndexOf("\"personal_information\""u8) >= 0;
    }

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        using var stream = ExportFiles.OpenRead(path);
        var scanner = new JsonExportScanner(stream, path);
        var index = 0;
        while (scanner.TryNext(out var message))
        {
            ParsedPost? post;
            using (message.Document)
            {
                try
                {
                    post = JsonMessageConverter.ToPost(message.Document.RootElement, message.Channel, index);
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
                {
                    // A value of a shape no export writes: the file is rejected by name, not the whole ingest stopped.
                    throw new InvalidDumpException($"{path}: message {index + 1} cannot be read: {e.Message}", e);
                }
            }

            if (post is null)
            {
                continue;
            }

            ExportLimits.CheckPostSize(path, post, options);

            index++;
            yield return post;
        }
    }
}
