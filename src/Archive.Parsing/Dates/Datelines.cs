using System.Text.RegularExpressions;

namespace Archive.Parsing.Dates;

/// <summary>The publication date a post states near its top; <see cref="Year"/> 0 means the year is left out; <see cref="Month"/> 0 means none.</summary>
public readonly record struct DateEvidence(int Year, int Month, int Day)
{
    public static readonly DateEvidence None;

    public bool Exists => Month != 0;

    public bool HasYear => Year != 0;
}

/// <summary>
/// Reads the publication date off the first lines of a post: a dateline ("(Moscow, March 16, 2022)",
/// "📍 Minsk, January 19, 2023", "Lodz, 1 December 2022", "(10 февраля 2025 года)", "Москва, 10 февраля 2025 г.",
/// "9 мая 2025 г. — День Победы"), an anniversary ("80 years ago, on February 4,
/// 1945") or a year-less date opening a sentence ("On February 15, …", "4 апреля …"). A dated event
/// ("On September 7, 1945, …") is history, not the publication date.
/// </summary>
public static partial class Datelines
{
    /// <summary>How many body lines (hashtag-only lines aside) count as the top of a post.</summary>
    private const int TopLines = 3;

    /// <summary>Telegram started in 2013: an earlier date near the top is a historical one, whatever its form.</summary>
    public const int EarliestPublicationYear = 2013;

    /// <summary>A year after the next one is a plan or a typo, never the day a post was published.</summary>
    public static int LatestPublicationYear => DateTime.UtcNow.Year + 1;

    [GeneratedRegex(@"(?<n>\d{1,4})\s+(?:years?\s+ago,?\s+(?:on\s+)?|(?:год|года|лет)\s+назад,?\s+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryPrefix();

    // "(" or "(Moscow, " right before a date that closes the parenthesis: "meeting(March 25, 2025)".
    [GeneratedRegex(@"\(\s*(?:\p{Lu}[\p{L}.' -]*,\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisPrefix();

    // "Lodz, " or "📍 Minsk, " or "a media question, Moscow, " right before the date.
    [GeneratedRegex(@"(?:^|[^\p{L}\d])\p{Lu}[\p{L}'-]+,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePrefix();

    public static DateEvidence Find(IReadOnlyList<string> lines)
    {
        var looked = 0;
        for (var i = 0; i < lines.Count && looked < TopLines; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                continue;
            }

            looked++;
            var evidence = FindInLine(line);
            if (evidence.Exists && (!evidence.HasYear || IsPublicationYear(evidence.Year)))
            {
                return evidence;
            }
        }

        return DateEvidence.None;
    }

    /// <summary>Whether a post can have been published in <paramref name="year"/>: from Telegram's start to next year.</summary>
    public static bool IsPublicationYear(int year) => year >= EarliestPublicationYear && year <= LatestPublicationYear;

    internal static DateEvidence FindInLine(string line)
    {
        // Keycap digits ("8️⃣0️⃣ years ago") read as plain digits.
        if (line.Contains('\u20E3'))
        {
            line = line.Replace("\uFE0F", "").Replace("\u20E3", "");
        }

        foreach (var mention in DateMentions.Find(line))
        {
            var prefix = line.AsSpan(0, mention.Index);
            var rest = line.AsSpan(mention.Index + mention.Length);

            var anniversary = AnniversaryPrefix().Match(line, 0, mention.Index);
            if (anniversary.Success && mention.HasYear)
            {
                var years = int.Parse(anniversary.Groups["n"].ValueSpan);
                return new DateEvidence(mention.Year + years, mention.Month, mention.Day);
            }

            if (mention.HasYear)
            {
                // Russian writes "года" or "г." after the year: "(10 февраля 2025 года)", "9 мая 2025 г. — День Победы".
                var after = AfterYearWord(rest).TrimStart();
                var prefixText = line[..mention.Index];
                var inParentheses = after.StartsWith(')') && ParenthesisPrefix().IsMatch(prefixText);
                if (inParentheses || PlacePrefix().IsMatch(prefixText) || (IsBare(prefix) && (IsBare(after) || OpensTitle(after))))
                {
                    return new DateEvidence(mention.Year, mention.Month, mention.Day);
                }

                continue;
            }

            // A year-less date opening the post's sentence is the day of the news; its year comes from neighbours.
            if (OpensSentence(prefix))
            {
                return new DateEvidence(0, mention.Month, mention.Day);
            }
        }

        return DateEvidence.None;
    }

    /// <summary>The text after a year without the Russian word for "year" that may follow it ("года", "году", "год", "г.", "г").</summary>
    private static ReadOnlySpan<char> AfterYearWord(ReadOnlySpan<char> rest)
    {
        var text = rest.TrimStart();
        const StringComparison AnyCase = StringComparison.OrdinalIgnoreCase;
        var length = text.StartsWith("года", AnyCase) || text.StartsWith("году", AnyCase) ? 4
            : text.StartsWith("год", AnyCase) ? 3
            : text.StartsWith("г.", AnyCase) ? 2
            : text.StartsWith("г", AnyCase) ? 1
            : 0;

        // "г." ends with its dot; the other forms must end the word ("годами", "где" are other words).
        return length == 0 || (length != 2 && length < text.Length && char.IsLetterOrDigit(text[length])) ? rest : text[length..];
    }

    /// <summary>A date opening its line and followed by a dash or colon heads what follows: "9 мая 2025 г. — День Победы".</summary>
    private static bool OpensTitle(ReadOnlySpan<char> after) =>
        after.Length > 0 && after[0] is '—' or '–' or '-' or ':';

    private static bool IsBare(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensSentence(ReadOnlySpan<char> prefix)
    {
        Span<char> letters = stackalloc char[4];
        var count = 0;
        foreach (var c in prefix)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (count == letters.Length)
                {
                    return false;
                }

                letters[count++] = c;
            }
        }

        var word = letters[..count];
        return count == 0 || word.SequenceEqual("On") || word.SequenceEqual("on") || word.SequenceEqual("В") || word.SequenceEqual("в");
    }
}
