namespace Archive.Parsing;

/// <summary>One kind of file the archive can read (a channel dump, a dated article, a Telegram export).</summary>
public interface IDumpFormat
{
    /// <summary>Stored with the source file: "channel-dump", "article", "telegram-json", "telegram-html".</summary>
    string Name { get; }

    /// <summary>Decides by content: <paramref name="head"/> is the first bytes of the file (up to 4 KB).</summary>
    bool Recognizes(string path, ReadOnlySpan<byte> head);

    /// <summary>Streams the posts of the file in order; throws <see cref="InvalidDumpException"/> for bad input.</summary>
    IEnumerable<ParsedPost> Read(string path, ParseOptions options);
}

/// <summary>What a file turned out to be, and its posts (streamed: enumerate once).</summary>
public sealed record DumpContents(string Format, IEnumerable<ParsedPost> Posts);

/// <summary>Picks the format of a file by its content and reads it.</summary>
public sealed class DumpReader(IReadOnlyList<IDumpFormat> formats)
{
    /// <summary>Every format the archive knows, most specific first.</summary>
    public static DumpReader Default { get; } = new([]);

    public IReadOnlyList<IDumpFormat> Formats { get; } = formats;

    /// <summary>Throws <see cref="InvalidDumpException"/> naming the file when it is unreadable or of no known format.</summary>
    public DumpContents Open(string path, ParseOptions options)
    {
        // STAND-IN from the storage branch so its tests run before the parsers merge: on conflict, take the parsing branch's version.
        var head = new byte[4096];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        var format = Formats.FirstOrDefault(f => f.Recognizes(path, head.AsSpan(0, read)))
            ?? throw new InvalidDumpException($"{Path.GetFileName(path)}: not a file this archive can read");
        return new DumpContents(format.Name, format.Read(path, options));
    }
}
