using System.Text;

namespace Archive.Parsing.Text;

/// <summary>Opens a dump as text: picks the encoding from the bytes and rejects files that are not text.</summary>
public static class TextFile
{
    /// <summary>How many bytes of the head and tail are looked at before reading.</summary>
    public const int HeadLength = 4096;

    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1251, the code page Russian dumps often come in.</summary>
    public static Encoding Windows1251 { get; } = CreateWindows1251();

    private static Encoding CreateWindows1251()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    /// <summary>Reads the first bytes of a file and its length, turning a missing or unreadable path into <see cref="InvalidDumpException"/>.</summary>
    public static byte[] ReadHead(string path, out long fileLength, int length = HeadLength)
    {
        using var stream = OpenStream(path);
        fileLength = stream.Length;
        var buffer = new byte[(int)Math.Min(length, Math.Max(stream.Length, 0))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>Opens the file for reading, or explains in one line why it cannot be.</summary>
    public static FileStream OpenStream(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException e)
        {
            throw new InvalidDumpException($"{name}: file not found ({path})", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new InvalidDumpException($"{name}: file not found ({path})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidDumpException($"{name}: cannot be read (permission denied)", e);
        }
        catch (IOException e)
        {
            throw new InvalidDumpException($"{name}: cannot be read ({e.Message})", e);
        }
    }

    /// <summary>
    /// Decides the encoding of a text file and checks it is text at all: empty, binary and
    /// truncated files are rejected here, before any post is read.
    /// </summary>
    public static Encoding Probe(string path)
    {
        var name = Path.GetFileName(path);
        using var stream = OpenStream(path);
        if (stream.Length == 0)
        {
            throw new InvalidDumpException($"{name}: the file is empty");
        }

        var head = new byte[(int)Math.Min(HeadLength, stream.Length)];
        stream.ReadExactly(head);
        var encoding = DetectEncoding(name, head, isWholeFile: stream.Length <= HeadLength);

        if (encoding is UnicodeEncoding && stream.Length % 2 != 0)
        {
            throw new InvalidDumpException($"{name}: the file ends inside a UTF-16 character: truncated?");
        }

        if (encoding is UTF8Encoding)
        {
            var tail = new byte[(int)Math.Min(4, stream.Length)];
            stream.Seek(-tail.Length, SeekOrigin.End);
            stream.ReadExactly(tail);
            if (EndsInsideUtf8Sequence(tail))
            {
                throw new InvalidDumpException($"{name}: the file ends inside a UTF-8 character: truncated?");
            }
        }

        return encoding;
    }

    /// <summary>Picks UTF-8 (with or without BOM), UTF-16 (by BOM, or by where its NUL and Cyrillic high bytes fall) or Windows-1251 (invalid UTF-8 that looks Cyrillic).</summary>
    internal static Encoding DetectEncoding(string name, ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Strict;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
        }

        if (DetectUtf16WithoutBom(head) is { } utf16)
        {
            return utf16;
        }

        if (LooksBinary(head))
        {
            throw new InvalidDumpException($"{name}: looks like a binary file (NUL or control bytes), not a text dump");
        }

        // A sequence cut by the end of the head is not an error: only a sequence that is wrong in itself is.
        var checkedPart = isWholeFile ? head : head[..^TrailingIncompleteLength(head)];
        if (System.Text.Unicode.Utf8.IsValid(checkedPart))
        {
            return Utf8Strict;
        }

        if (LooksLikeWindows1251(head))
        {
            return Windows1251;
        }

        if (isWholeFile && EndsInsideUtf8Sequence(head) && System.Text.Unicode.Utf8.IsValid(head[..^TrailingIncompleteLength(head)]))
        {
            throw new InvalidDumpException($"{name}: the file ends inside a UTF-8 character: truncated?");
        }

        throw new InvalidDumpException($"{name}: the text is neither UTF-8, UTF-16 nor Windows-1251");
    }

    /// <summary>
    /// UTF-16 without a byte order mark, told by where the high bytes of its characters fall: in English and Russian text
    /// almost every character is ASCII (high byte 0) or Cyrillic (high byte 4), so those bytes fill every other place (the
    /// odd ones in little-endian, the even ones in big-endian) and hardly appear in the others. An 8-bit text has
    /// neither byte at all; a binary file has NULs anywhere.
    /// </summary>
    private static UnicodeEncoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            even += head[i] is 0 or 4 ? 1 : 0;
            odd += head[i + 1] is 0 or 4 ? 1 : 0;
        }

        if (odd * 10 >= pairs * 7 && even * 10 < pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        if (even * 10 >= pairs * 7 && odd * 10 < pairs)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 100 > head.Length;
    }

    // In Windows-1251 the Russian letters are 0xC0–0xFF (and Ё/ё 0xA8/0xB8); in broken UTF-8 the high bytes would be spread over 0x80–0xBF too.
    private static bool LooksLikeWindows1251(ReadOnlySpan<byte> head)
    {
        int high = 0, letters = 0;
        foreach (var b in head)
        {
            if (b >= 0x80)
            {
                high++;
                if (b >= 0xC0 || b is 0xA8 or 0xB8)
                {
                    letters++;
                }
            }
        }

        return high > 0 && letters * 10 >= high * 7;
    }

    /// <summary>True when the bytes end with the start of a multi-byte UTF-8 character that is not complete.</summary>
    internal static bool EndsInsideUtf8Sequence(ReadOnlySpan<byte> tail) => TrailingIncompleteLength(tail) > 0;

    private static int TrailingIncompleteLength(ReadOnlySpan<byte> bytes)
    {
        // Walk back over continuation bytes to the lead byte and compare the length it announces.
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var expected = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return expected > back ? back : 0;
        }

        return 0;
    }
}
