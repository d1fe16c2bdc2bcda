using System.Text;
using Archive.Parsing.Dates;
using Archive.Parsing.Text;

namespace Archive.Parsing.ChannelDumps;

/// <summary>
/// Posts copied from a Telegram channel's web preview (Family 1): no ids, no timestamps, each body
/// rendered twice, markers for media, forwards and reactions. Accepts any text, so it is tried last; a file found in
/// a folder is taken only when it <see cref="LooksLikeOne">shows the marks</see>.
/// </summary>
public sealed class ChannelDumpFormat(long maxBufferedChars) : IDumpFormat
{
    /// <summary>Up to this much text (in chars) a file is read once and held; a bigger one is read a second time instead.</summary>
    public const long DefaultMaxBufferedChars = 16L * 1024 * 1024;

    public ChannelDumpFormat()
        : this(DefaultMaxBufferedChars)
    {
    }

    public string Name => "channel-dump";

    /// <summary>How much of a file's start (in bytes) is searched for the marks of a channel dump.</summary>
    public const int MarkSearchBytes = 64 * 1024;

    /// <summary>A repeated pair of lines counts as the doubled rendering only when both are at least this long (short lines repeat anywhere).</summary>
    private const int MinRepeatedLineChars = 20;

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => true;

    /// <summary>
    /// True when the start of the file has a mark of the web preview (docs/dump-format.md): a media placeholder,
    /// "VIEW IN TELEGRAM", the unsupported-content notice, a "Forwarded from" header, a reactions line, or the body
    /// rendered twice (a long line repeated at once, or two consecutive long lines that come again in the same order).
    /// </summary>
    public bool LooksLikeOne(string path, ReadOnlySpan<byte> head)
    {
        string text;
        try
        {
            var start = head.Length < TextFile.HeadLength ? head.ToArray() : TextFile.ReadHead(path, out _, MarkSearchBytes);
            // The start may end inside a character: decode leniently, the last line is only a part anyway.
            var encoding = (Encoding)TextFile.DetectEncoding(Path.GetFileName(path), start, isWholeFile: start.Length < MarkSearchBytes).Clone();
            encoding.DecoderFallback = DecoderFallback.ReplacementFallback;
            var preamble = start.AsSpan().StartsWith(encoding.Preamble) ? encoding.Preamble.Length : 0;
            text = encoding.GetString(start, preamble, start.Length - preamble);
        }
        catch (InvalidDumpException)
        {
            return false;
        }

        var pairs = new HashSet<(string, string)>();
        string? previous = null;
        foreach (var span in text.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            var line = span.ToString();
            var kind = ChannelLine.Classify(line);
            if (kind is not (ChannelLineKind.Body or ChannelLineKind.Blank))
            {
                return true;
            }

            if (kind == ChannelLineKind.Blank)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.Length < MinRepeatedLineChars)
            {
                previous = null;
                continue;
            }

            // A one-line body shows as the same line twice in a row; a longer one as a pair of lines seen before.
            if (previous is not null && (trimmed == previous || !pairs.Add((previous, trimmed))))
            {
                return true;
            }

            previous = trimmed;
        }

        return false;
    }

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        // Checked now rather than on first enumeration, so the caller learns of a bad file when opening it.
        var encoding = TextFile.Probe(path);
        return ReadPosts(path, encoding, options);
    }

    private IEnumerable<ParsedPost> ReadPosts(string path, System.Text.Encoding encoding, ParseOptions options)
    {
        // Dates are resolved from neighbours on both sides, so every post's small date evidence is
        // gathered first. The posts themselves are kept only while they fit the budget; past it they
        // are read again in a second pass, so memory stays bounded however large the file.
        var evidence = new List<DateEvidence>();
        List<SegmentedPost>? held = [];
        long heldChars = 0;
        var limit = new PostSizeLimit(Path.GetFileName(path), options.MaxPostChars);
        foreach (var post in PostSegmenter.Segment(LineReader.ReadLines(path, encoding, options.MaxLineLength), mergeRenderings: false, limit))
        {
            evidence.Add(Datelines.Find(post.Lines));
            if (held is not null)
            {
                foreach (var line in post.Lines)
                {
                    heldChars += line.Length + 1;
                }

                if (heldChars > maxBufferedChars)
                {
                    held = null;
                }
                else
                {
                    held.Add(post);
                }
            }
        }

        if (evidence.Count == 0)
        {
            throw new InvalidDumpException($"{Path.GetFileName(path)}: no posts found (only noise lines such as \"VIEW IN TELEGRAM\")");
        }

        var published = PublishedDateResolver.Resolve(evidence);
        // Held posts still carry both renderings (the first pass does not merge, its posts may be dropped), and their lines' numbers.
        var posts = held?.Select(p => p with { Lines = RenderingMerger.MergeRenderings(p.Lines, p.LineIds!), LineIds = null })
            ?? PostSegmenter.Segment(LineReader.ReadLines(path, encoding, options.MaxLineLength), mergeRenderings: true, limit);

        var index = 0;
        foreach (var post in posts)
        {
            if (index >= published.Length)
            {
                throw new InvalidDumpException($"{Path.GetFileName(path)}: the file changed while it was being read");
            }

            yield return ToParsedPost(index, post, published[index]);
            index++;
        }
    }

    private static ParsedPost ToParsedPost(int index, SegmentedPost post, PublishedDate resolved)
    {
        var published = PastMentions.Narrow(resolved, post.Lines);
        return new()
        {
            SourceIndex = index,
            Text = string.Join('\n', post.Lines),
            Language = LanguageDetector.Detect(post.Lines),
            ForwardedFrom = post.ForwardedFrom,
            HasMedia = post.HasMedia,
            Hashtags = TextFacts.FindHashtags(post.Lines),
            Reactions = post.Reactions,
            Urls = TextFacts.FindUrls(post.Lines),
            Published = published,
            MentionedDates = MentionedDates.Collect(post.Lines, published.Date),
        };
    }
}
