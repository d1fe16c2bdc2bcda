using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Archive.Parsing.TelegramExports;

/// <summary>
/// Reads JSON strings as text, with a lone surrogate (an escape such as "\ud83d" with no pair, which a cut emoji leaves)
/// read as U+FFFD: System.Text.Json throws for one, and one broken character should not cost the post or the file.
/// </summary>
internal static class JsonText
{
    public static string GetString(JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException) when (value.ValueKind == JsonValueKind.String)
        {
            var raw = value.GetRawText();
            return Unescape(raw.AsSpan(1, raw.Length - 2));
        }
    }

    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Unescape(Encoding.UTF8.GetString(bytes));
        }
    }

    /// <summary>The text of a JSON string's content (without its quotes), every surrogate without its pair made U+FFFD.</summary>
    internal static string Unescape(ReadOnlySpan<char> raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                text.Append(c);
                continue;
            }

            var escaped = raw[++i];
            switch (escaped)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when i + 4 < raw.Length
                    && ushort.TryParse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                default: text.Append(escaped); break;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }
}
