using System.Text.RegularExpressions;

namespace Archive.Parsing.Dates;

/// <summary>A date written in a text; <see cref="Year"/> is 0 when the text leaves it out ("On February 15").</summary>
public readonly record struct DateMention(int Year, int Month, int Day, int Index, int Length)
{
    public bool HasYear => Year != 0;

    public DateOnly? ToDate(int year)
    {
        year = HasYear ? Year : year;
        return year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }
}

/// <summary>Finds the calendar dates a line mentions, in English ("March 16, 2022", "1 December 2022", "March 7-9") and Russian ("4 апреля 2023 г.").</summary>
public static partial class DateMentions
{
    private const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    // "March 16, 2022", "March 28th", "February 4-11, 1945"; the year must follow directly.
    [GeneratedRegex(@"\b(?<m>" + EnglishMonths + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?\b(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    // "1 December 2022", "20 February", "7-9 March".
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s?[-–]\s?\d{1,2})?\s+(?<m>" + EnglishMonths + @")\b(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // Russian dates put the day first and the month in the genitive, but any case form is accepted by stem.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:\s?[-–]\s?\d{1,2})?\s+(?<m>январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*(?:\s+(?<y>\d{4})(?!\d))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Russian();

    /// <summary>Every date in the line, in order of position; impossible dates (February 30) are skipped.</summary>
    public static IReadOnlyList<DateMention> Find(string line)
    {
        // Most lines mention no date: those allocate nothing (no list, and a regex that finds nothing returns Match.Empty).
        List<DateMention>? found = null;
        if (!HasDigit(line))
        {
            return [];
        }

        Collect(MonthFirst(), line, ref found, EnglishMonth);
        Collect(DayFirst(), line, ref found, EnglishMonth);
        if (HasCyrillic(line))
        {
            Collect(Russian(), line, ref found, RussianMonth);
        }

        if (found is null)
        {
            return [];
        }
        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
            RemoveOverlaps(found);
        }

        return found;
    }

    private static void Collect(Regex pattern, string line, ref List<DateMention>? found, Func<string, int> month)
    {
        // Match and NextMatch rather than Matches, whose collection and its list cost more than the matches themselves.
        for (var match = pattern.Match(line); match.Success; match = match.NextMatch())
        {
            var m = month(match.Groups["m"].Value);
            var d = int.Parse(match.Groups["d"].ValueSpan);
            var yearGroup = match.Groups["y"];
            var y = yearGroup.Success ? int.Parse(yearGroup.ValueSpan) : 0;
            if (m == 0 || d is < 1 or > 31 || (y != 0 && y < 1000) || d > DateTime.DaysInMonth(y == 0 ? 2000 : y, m))
            {
                continue;
            }

            (found ??= []).Add(new DateMention(y, m, d, match.Index, match.Length));
        }
    }

    // The two English patterns can claim overlapping text ("4 April 5, 1945"): keep one reading, preferring the one with a year.
    private static void RemoveOverlaps(List<DateMention> found)
    {
        for (var i = found.Count - 1; i > 0; i--)
        {
            var prev = found[i - 1];
            if (found[i].Index < prev.Index + prev.Length)
            {
                found.RemoveAt(prev.HasYear || !found[i].HasYear ? i : i - 1);
            }
        }
    }

    private static int EnglishMonth(string name) => name switch
    {
        "January" => 1,
        "February" => 2,
        "March" => 3,
        "April" => 4,
        "May" => 5,
        "June" => 6,
        "July" => 7,
        "August" => 8,
        "September" => 9,
        "October" => 10,
        "November" => 11,
        "December" => 12,
        _ => 0,
    };

    // The stems are Russian letters only: lowered by hand, since ToLowerInvariant calls ICU for them.
    private static int RussianMonth(string stem) => string.Create(stem.Length, stem, static (lowered, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            lowered[i] = c is >= 'А' and <= 'Я' ? (char)(c + 32) : c;
        }
    }) switch
    {
        "январ" => 1,
        "феврал" => 2,
        "март" => 3,
        "апрел" => 4,
        "май" or "мая" or "маю" or "мае" => 5,
        "июн" => 6,
        "июл" => 7,
        "август" => 8,
        "сентябр" => 9,
        "октябр" => 10,
        "ноябр" => 11,
        "декабр" => 12,
        _ => 0,
    };

    private static bool HasDigit(string line) => line.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static bool HasCyrillic(string line) => line.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF') >= 0;
}
