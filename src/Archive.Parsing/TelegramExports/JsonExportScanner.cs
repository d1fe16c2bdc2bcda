using System.Text.Json;

namespace Archive.Parsing.TelegramExports;

/// <summary>One message object of a result.json and the chat it sits in; the caller disposes the document.</summary>
internal readonly record struct ExportMessage(ParsedChannel Channel, JsonDocument Document);

/// <summary>
/// Walks a result.json with <see cref="Utf8JsonReader"/> over a refilled buffer and hands out one message
/// object at a time, so memory stays bounded by the largest single message, not by the file.
/// </summary>
/// <remarks>
/// Understands a single-chat export (a chat object at the top) and a full account export
/// (<c>chats.list[]</c>, <c>left_chats.list[]</c>); everything else (contacts, sessions, ...) is skipped.
/// Telegram Desktop writes a chat's <c>name</c>, <c>type</c> and <c>id</c> before its <c>messages</c>,
/// which is what lets the chat be known when its first message is read.
/// </remarks>
internal sealed class JsonExportScanner(Stream stream, string path)
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>A single message larger than this is not a message but a broken file.</summary>
    private const int MaxBufferSize = 64 * 1024 * 1024;

    private readonly Stack<Frame> _frames = new();
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfStream;
    private bool _started;
    private bool _done;
    private JsonReaderState _state;

    private enum StepResult
    {
        Continue,
        Found,
        NeedMore,
        End,
    }

    private enum FrameKind
    {
        Chat,
        ChatContainer,
        ChatList,
        Messages,
    }

    /// <summary>The bytes held at once: the memory bound, grown only for a message larger than it.</summary>
    internal int BufferCapacity => _buffer.Length;

    /// <summary>Reads on to the next message object; false at the end of the export.</summary>
    public bool TryNext(out ExportMessage message)
    {
        message = default;
        while (!_done)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
            try
            {
                while (true)
                {
                    // Every step reads whole tokens or nothing: on "need more" the reader goes back here.
                    var checkpoint = reader;
                    var result = Step(ref reader, out message);
                    if (result == StepResult.Continue)
                    {
                        continue;
                    }

                    if (result == StepResult.NeedMore)
                    {
                        reader = checkpoint;
                        Consume(ref reader);
                        Refill();
                        break;
                    }

                    Consume(ref reader);
                    if (result == StepResult.End)
                    {
                        _done = true;
                        return false;
                    }

                    return true;
                }
            }
            catch (JsonException ex)
            {
                throw Malformed(ex, _bufferOffset + _start + reader.BytesConsumed);
            }
        }

        return false;
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private StepResult Step(ref Utf8JsonReader reader, out ExportMessage message)
    {
        message = default;
        if (!reader.Read())
        {
            return NothingToRead();
        }

        if (!_started)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidDumpException($"{path}: not a Telegram export: the top level of the JSON is not an object.");
            }

            _started = true;
            _frames.Push(new Frame(FrameKind.Chat, IsRoot: true));
            return StepResult.Continue;
        }

        if (_frames.Count == 0)
        {
            throw new InvalidDumpException($"{path}: unexpected content after the end of the export at byte {_bufferOffset + _start + reader.TokenStartIndex}.");
        }

        var frame = _frames.Peek();
        switch (reader.TokenType)
        {
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                _frames.Pop();
                return StepResult.Continue;
            case JsonTokenType.PropertyName:
                return ReadProperty(ref reader, frame);
            case JsonTokenType.StartObject when frame.Kind == FrameKind.ChatList:
                _frames.Push(new Frame(FrameKind.Chat));
                return StepResult.Continue;
            case JsonTokenType.StartObject when frame.Kind == FrameKind.Messages:
                var probe = reader;
                if (!probe.TrySkip())
                {
                    return StepResult.NeedMore;
                }

                message = new ExportMessage(frame.Channel!, JsonDocument.ParseValue(ref reader));
                return StepResult.Found;
            default:
                // An array item we do not care about (a string in a list, a nested array).
                return reader.TrySkip() ? StepResult.Continue : StepResult.NeedMore;
        }
    }

    private StepResult ReadProperty(ref Utf8JsonReader reader, Frame frame)
    {
        var name = JsonText.GetString(ref reader);
        if (!reader.Read())
        {
            return NothingToRead();
        }

        var token = reader.TokenType;
        switch (frame.Kind, name)
        {
            case (FrameKind.Chat, "name"):
                frame.Name = token == JsonTokenType.String ? JsonText.GetString(ref reader) : null;
                return StepResult.Continue;
            case (FrameKind.Chat, "username"):
                frame.Username = token == JsonTokenType.String ? JsonText.GetString(ref reader).TrimStart('@') : null;
                return StepResult.Continue;
            case (FrameKind.Chat, "id"):
                frame.Id = ReadId(ref reader);
                return StepResult.Continue;
            case (FrameKind.Chat, "messages") when token == JsonTokenType.StartArray:
                _frames.Push(new Frame(FrameKind.Messages) { Channel = frame.ToChannel() });
                return StepResult.Continue;
            case (FrameKind.Chat, "messages"):
                // Skipped, it would make an export of no posts that looks fine: the file is not what it claims to be.
                throw new InvalidDumpException(
                    $"{path}: not a Telegram export: \"messages\" of {frame.ToChannel().Name} is {Describe(token)}, not a list of messages.");
            case (FrameKind.Chat, "chats" or "left_chats") when frame.IsRoot && token == JsonTokenType.StartObject:
                _frames.Push(new Frame(FrameKind.ChatContainer));
                return StepResult.Continue;
            case (FrameKind.ChatContainer, "list") when token == JsonTokenType.StartArray:
                _frames.Push(new Frame(FrameKind.ChatList));
                return StepResult.Continue;
            default:
                return reader.TrySkip() ? StepResult.Continue : StepResult.NeedMore;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static long? ReadId(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var id) => id,
        JsonTokenType.String when long.TryParse(JsonText.GetString(ref reader), out var id) => id,
        _ => null,
    };

    private StepResult NothingToRead()
    {
        if (!_endOfStream)
        {
            return StepResult.NeedMore;
        }

        if (!_started)
        {
            throw new InvalidDumpException($"{path}: the file is empty.");
        }

        if (_frames.Count > 0)
        {
            throw new InvalidDumpException($"{path}: the export ends before its JSON is complete (at byte {_bufferOffset + _end}).");
        }

        return StepResult.End;
    }

    private void Refill()
    {
        if (_endOfStream)
        {
            // The reader asked for more although it had the whole file: only a truncated value does that.
            throw new InvalidDumpException($"{path}: the export ends before its JSON is complete (at byte {_bufferOffset + _end}).");
        }

        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferSize)
            {
                throw new InvalidDumpException($"{path}: a single JSON value at byte {_bufferOffset + _start} is larger than {MaxBufferSize / (1024 * 1024)} MB.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        }

        _bufferOffset += _start;
        _start = 0;
        _end = unread;

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
        if (_bufferOffset == 0 && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF && !_started)
        {
            // A UTF-8 byte order mark is not JSON; skip it once at the start of the file.
            _start = 3;
        }
    }

    private InvalidDumpException Malformed(JsonException ex, long offset)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut];
        }

        // The offset is where the value holding the error starts; the line and column are the error itself.
        var position = ex.LineNumber is { } line
            ? $"line {line + 1}, byte {ex.BytePositionInLine + 1} of the line"
            : $"the value starting at byte {offset}";
        return new InvalidDumpException($"{path}: not valid JSON at {position}: {reason}", ex);
    }

    private sealed class Frame(FrameKind kind, bool IsRoot = false)
    {
        public FrameKind Kind { get; } = kind;

        public bool IsRoot { get; } = IsRoot;

        public string? Name { get; set; }

        public string? Username { get; set; }

        public long? Id { get; set; }

        /// <summary>Set on a messages frame: the chat its messages belong to.</summary>
        public ParsedChannel? Channel { get; init; }

        public ParsedChannel ToChannel() =>
            new(Name ?? (Id is { } id ? $"chat {id}" : "unnamed chat"), Username, Id);
    }
}
