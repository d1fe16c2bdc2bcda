namespace Archive.Parsing.Dates;

/// <summary>
/// Every date a post's text mentions, for "posts about 1945": full dates as written; a year-less one
/// takes the year of the last full date before it in the post ("On February 4, 1945 … on February 3"),
/// else the year of publication.
/// </summary>
public static class MentionedDates
{
    public static IReadOnlyList<DateOnly> Collect(IEnumerable<string> lines, DateOnly? published)
    {
        SortedSet<DateOnly>? dates = null;
        var contextYear = 0;
        foreach (var line in lines)
        {
            foreach (var mention in DateMentions.Find(line))
            {
                DateOnly? date;
                if (mention.HasYear)
                {
                    date = mention.ToDate(mention.Year);
                    contextYear = mention.Year;
                }
                else if (contextYear != 0)
                {
                    date = mention.ToDate(contextYear);
                }
                else if (published is { } p)
                {
                    date = mention.ToDate(p.Year);

                    // "On December 29" in a post of early January is last year's December.
                    if (date is { } d && d > p.AddMonths(2))
                    {
                        date = mention.ToDate(p.Year - 1);
                    }
                }
                else
                {
                    continue;
                }

                if (date is { } found)
                {
                    (dates ??= []).Add(found);
                }
            }
        }

        return dates is null ? [] : [.. dates];
    }
}
