using Archive.Parsing.Dates;
using Archive.Parsing.Text;

namespace Archive.Parsing.ChannelDumps;

/// <summary>
/// Posts copied from a Telegram channel's web preview (Family 1): no ids, no timestamps, each body
/// rendered twice, markers for media, forwards and reactions. Accepts any text, so it is tried last.
/// </summary>
public sealed class ChannelDumpFormat : IDumpFormat
{
    public string Name => "channel-dump";

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => true;

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        // Checked now rather than on first enumeration, so the caller learns of a bad file when opening it.
        var encoding = TextFile.Probe(path);
        return ReadPosts(path, encoding, options);
    }

    private static IEnumerable<ParsedPost> ReadPosts(string path, System.Text.Encoding encoding, ParseOptions options)
    {
        // First pass: only the small date evidence of each post, so dates can be resolved from neighbours in both directions.
        var evidence = new List<DateEvidence>();
        foreach (var post in PostSegmenter.Segment(LineReader.ReadLines(path, encoding, options.MaxLineLength), mergeRenderings: false))
        {
            evidence.Add(Datelines.Find(post.Lines));
        }

        if (evidence.Count == 0)
        {
            throw new InvalidDumpException($"{Path.GetFileName(path)}: no posts found (only noise lines such as \"VIEW IN TELEGRAM\")");
        }

        var published = PublishedDateResolver.Resolve(evidence);

        var index = 0;
        foreach (var post in PostSegmenter.Segment(LineReader.ReadLines(path, encoding, options.MaxLineLength)))
        {
            if (index >= published.Length)
            {
                throw new InvalidDumpException($"{Path.GetFileName(path)}: the file changed while it was being read");
            }

            var date = published[index];
            yield return new ParsedPost
            {
                SourceIndex = index,
                Text = string.Join('\n', post.Lines),
                Language = TextFacts.DetectLanguage(post.Lines),
                ForwardedFrom = post.ForwardedFrom,
                HasMedia = post.HasMedia,
                Hashtags = TextFacts.FindHashtags(post.Lines),
                Reactions = post.Reactions,
                Urls = TextFacts.FindUrls(post.Lines),
                Published = date,
                MentionedDates = MentionedDates.Collect(post.Lines, date.Date),
            };
            index++;
        }
    }
}
