using System.Text;

namespace Archive.Parsing.Text;

/// <summary>Streams the lines of a text file (LF or CRLF) without ever holding more than one line, and rejects overlong lines.</summary>
public static class LineReader
{
    /// <summary>Yields each line without its line break; throws <see cref="InvalidDumpException"/> for a line over <paramref name="maxLineLength"/>, a NUL character or bytes the encoding rejects.</summary>
    public static IEnumerable<string> ReadLines(string path, Encoding encoding, int maxLineLength)
    {
        var name = Path.GetFileName(path);
        using var stream = TextFile.OpenStream(path);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var buffer = new char[1 << 15];
        var line = new StringBuilder();
        var lineNumber = 1;
        while (true)
        {
            int read;
            try
            {
                read = reader.Read(buffer, 0, buffer.Length);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDumpException($"{name}: line {lineNumber} has bytes that are not valid {encoding.WebName}", e);
            }

            if (read == 0)
            {
                break;
            }

            var start = 0;
            while (start < read)
            {
                var span = buffer.AsSpan(start, read - start);
                var stop = span.IndexOfAny('\n', '\0');
                var piece = stop < 0 ? span : span[..stop];
                if (line.Length + piece.Length > maxLineLength)
                {
                    throw new InvalidDumpException($"{name}: line {lineNumber} is longer than {maxLineLength} characters");
                }

                if (stop < 0)
                {
                    line.Append(piece);
                    break;
                }

                if (span[stop] == '\0')
                {
                    throw new InvalidDumpException($"{name}: line {lineNumber} contains NUL characters: a binary file?");
                }

                // Most lines lie whole inside the buffer: make the string straight from it.
                string text;
                if (line.Length == 0)
                {
                    text = new string(piece.EndsWith('\r') ? piece[..^1] : piece);
                }
                else
                {
                    line.Append(piece);
                    text = TakeLine(line);
                }

                yield return lineNumber == 1 ? text.TrimStart('\uFEFF') : text;
                lineNumber++;
                start += stop + 1;
            }
        }

        if (line.Length > 0)
        {
            yield return lineNumber == 1 ? TakeLine(line).TrimStart('\uFEFF') : TakeLine(line);
        }
    }

    private static string TakeLine(StringBuilder line)
    {
        var length = line.Length;
        if (length > 0 && line[length - 1] == '\r')
        {
            length--;
        }

        var text = line.ToString(0, length);
        line.Clear();
        return text;
    }
}
