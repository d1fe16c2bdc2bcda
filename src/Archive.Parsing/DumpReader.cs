using System.Globalization;
using Archive.Parsing.Articles;
using Archive.Parsing.ChannelDumps;
using Archive.Parsing.Text;

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

    /// <summary>
    /// True when the file's content shows it is one of these, not merely text this format would accept: asked of a file
    /// found in a folder, never of one named explicitly. Most formats recognize by content already; a format that
    /// accepts any text (the channel dump) looks for its own marks.
    /// </summary>
    bool LooksLikeOne(string path, ReadOnlySpan<byte> head) => Recognizes(path, head);

    /// <summary>True when the files name their own channels (exports): then "--channel" and sidecars do not apply to them.</summary>
    bool NamesItsChannels => false;
}

/// <summary>What a file turned out to be, and its posts (streamed: enumerate once).</summary>
public sealed record DumpContents(string Format, IEnumerable<ParsedPost> Posts);

/// <summary>Picks the format of a file by its content and reads it.</summary>
public sealed class DumpReader(IReadOnlyList<IDumpFormat> formats)
{
    /// <summary>Every format the archive knows, most specific first.</summary>
    public static DumpReader Default { get; } = new(
    [
        new TelegramExports.TelegramJsonFormat(),
        new TelegramExports.TelegramHtmlFormat(),
        // Add new formats above these two: the channel dump accepts any text, so it must stay last.
        new DatedArticleFormat(),
        new ChannelDumpFormat(),
    ]);

    public IReadOnlyList<IDumpFormat> Formats { get; } = formats;

    /// <summary>
    /// True when a file found in a folder is a dump worth reading: its content is one of the known formats (see
    /// <see cref="IDumpFormat.LooksLikeOne"/>), so a README or a source file beside the dumps is left alone. An empty or
    /// unreadable file counts as one, so the ingest still rejects it by name.
    /// </summary>
    public bool LooksLikeDump(string path)
    {
        byte[] head;
        try
        {
            head = TextFile.ReadHead(path, out _);
        }
        catch (InvalidDumpException)
        {
            return true;
        }

        if (head.Length == 0)
        {
            return true;
        }

        foreach (var format in Formats)
        {
            if (format.LooksLikeOne(path, head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws <see cref="InvalidDumpException"/> naming the file when it is unreadable or of no known format.</summary>
    public DumpContents Open(string path, ParseOptions options)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InvalidDumpException($"{name}: is a folder, not a dump file");
        }

        var head = TextFile.ReadHead(path, out var length);
        if (head.Length == 0)
        {
            throw new InvalidDumpException($"{name}: the file is empty");
        }

        if (length > options.MaxFileBytes)
        {
            throw new InvalidDumpException(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: the file is {length:N0} bytes, over the limit of {options.MaxFileBytes:N0} (Archive:MaxFileBytes)"));
        }

        foreach (var format in Formats)
        {
            if (format.Recognizes(path, head))
            {
                return new DumpContents(format.Name, format.Read(path, options));
            }
        }

        throw new InvalidDumpException($"{name}: not a dump format the archive knows");
    }
}
