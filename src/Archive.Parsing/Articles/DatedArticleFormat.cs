using System.Text;
using System.Text.RegularExpressions;
using Archive.Parsing.Dates;
using Archive.Parsing.Text;

namespace Archive.Parsing.Articles;

/// <summary>A single article whose first line is only its date ("09/02/20"), then paragraphs (Family 2).</summary>
public sealed partial class DatedArticleFormat : IDumpFormat
{
    [GeneratedRegex(@"^\s*(?<a>\d{1,2})[./-](?<b>\d{1,2})[./-](?<y>\d{4}|\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDate();

    public string Name => "article";

    public bool Recognizes(string path, ReadOnlySpan<byte> head)
    {
        string text;
        try
        {
            // The head may end inside a character: decode leniently, only its first line matters.
            var encoding = (Encoding)TextFile.DetectEncoding(Path.GetFileName(path), head, isWholeFile: false).Clone();
            encoding.DecoderFallback = DecoderFallback.ReplacementFallback;
            text = encoding.GetString(head[encoding.Preamble.Length..]);
        }
        catch (InvalidDumpException)
        {
            return false;
        }

        foreach (var line in text.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return BareDate().IsMatch(line);
            }
        }

        return false;
    }

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        var encoding = TextFile.Probe(path);
        return ReadPost(path, encoding, options);
    }

    private static IEnumerable<ParsedPost> ReadPost(string path, System.Text.Encoding encoding, ParseOptions options)
    {
        var name = Path.GetFileName(path);
        DateOnly? date = null;
        var seenDateLine = false;
        var paragraphs = new List<string>();
        foreach (var line in LineReader.ReadLines(path, encoding, options.MaxLineLength))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!seenDateLine)
            {
                seenDateLine = true;
                date = ParseDate(line, options.DateOrder)
                    ?? throw new InvalidDumpException($"{name}: the first line \"{line.Trim()}\" is not a valid date");
                continue;
            }

            paragraphs.Add(line.Trim());
        }

        if (paragraphs.Count == 0)
        {
            throw new InvalidDumpException($"{name}: no posts found (an article date with no text after it)");
        }

        var published = new PublishedDate(date, DateConfidence.Explicit);
        yield return new ParsedPost
        {
            SourceIndex = 0,
            Text = string.Join('\n', paragraphs),
            Language = LanguageDetector.Detect(paragraphs),
            Hashtags = TextFacts.FindHashtags(paragraphs),
            Urls = TextFacts.FindUrls(paragraphs),
            Published = published,
            MentionedDates = MentionedDates.Collect(paragraphs, date),
        };
    }

    /// <summary>Reads "09/02/20" in the configured order; falls back to the other order only when the configured one is impossible.</summary>
    internal static DateOnly? ParseDate(string line, DateOrder order)
    {
        var match = BareDate().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var a = int.Parse(match.Groups["a"].ValueSpan);
        var b = int.Parse(match.Groups["b"].ValueSpan);
        var y = int.Parse(match.Groups["y"].ValueSpan);
        if (match.Groups["y"].Length == 2)
        {
            // Two-digit years: the archive's posts are from this century unless that puts them in the future.
            y += y <= DateTime.UtcNow.Year % 100 ? 2000 : 1900;
        }

        // An article may be older than Telegram, but not from after next year: that is a typo, not its date.
        if (y > Datelines.LatestPublicationYear)
        {
            return null;
        }

        var (day, month) = order == DateOrder.DayMonthYear ? (a, b) : (b, a);
        return PublishedDateResolver.TryDate(y, month, day) ?? PublishedDateResolver.TryDate(y, day, month);
    }
}
