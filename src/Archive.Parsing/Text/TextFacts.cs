using System.Text.RegularExpressions;

namespace Archive.Parsing.Text;

/// <summary>What can be read off a post's text without context: hashtags, links and language.</summary>
public static partial class TextFacts
{
    // A tag starts after anything but a word character, '/', '&' or '#': that admits "peace.#RussiaUnitedStates" and skips URL fragments.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_/&#])#(?<tag>[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"\bhttps?://[^\s<>""“”«»]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    /// <summary>Hashtags as written, without '#', in order of first appearance, each once by <see cref="Parsing.Hashtags.Normalize"/>.</summary>
    public static IReadOnlyList<string> FindHashtags(IEnumerable<string> lines)
    {
        List<string>? tags = null;
        HashSet<string>? seen = null;
        foreach (var line in lines)
        {
            if (!line.Contains('#'))
            {
                continue;
            }

            foreach (Match match in HashtagPattern().Matches(line))
            {
                var tag = match.Groups["tag"].Value;
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(Parsing.Hashtags.Normalize(tag)))
                {
                    (tags ??= []).Add(tag);
                }
            }
        }

        return tags ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Plain-text http(s) links, trailing punctuation removed, each once.</summary>
    public static IReadOnlyList<string> FindUrls(IEnumerable<string> lines)
    {
        List<string>? urls = null;
        foreach (var line in lines)
        {
            if (!line.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (Match match in UrlPattern().Matches(line))
            {
                var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '»', '”', '\'');
                urls ??= [];
                if (!urls.Contains(url))
                {
                    urls.Add(url);
                }
            }
        }

        return urls ?? (IReadOnlyList<string>)[];
    }
}
