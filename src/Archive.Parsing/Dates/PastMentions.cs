namespace Archive.Parsing.Dates;

/// <summary>
/// Narrows an inferred publication range by a day the post tells as already past ("yesterday, 28 March",
/// "вчера, 28 марта"): the post cannot be older than that day. Only a day inside the range counts, so the
/// range never grows past a dated neighbour; a date merely mentioned may be a plan, and is left alone.
/// </summary>
public static class PastMentions
{
    private static readonly string[] Markers = ["yesterday", "вчера"];

    /// <summary>How far after a marker its date may start ("yesterday, on March 28": the comma, "on", spaces).</summary>
    private const int MaxGap = 6;

    public static PublishedDate Narrow(PublishedDate published, IReadOnlyList<string> lines)
    {
        if (published.Confidence != DateConfidence.Inferred || published.Date is not { } best)
        {
            return published;
        }

        DateOnly? past = null;
        foreach (var line in lines)
        {
            foreach (var marker in Markers)
            {
                var at = line.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    continue;
                }

                var after = at + marker.Length;
                foreach (var mention in DateMentions.Find(line))
                {
                    if (mention.Index < after || mention.Index - after > MaxGap)
                    {
                        continue;
                    }

                    // A year-less day is the one nearest the range: the year of its best day, or the one before
                    // when that would put it after the range ("yesterday, 31 December" in a post of early January).
                    var day = mention.ToDate(best.Year);
                    if (day is { } d && !mention.HasYear && published.Latest is { } late && d > late)
                    {
                        day = mention.ToDate(best.Year - 1);
                    }

                    if (day is { } found && (past is null || found > past))
                    {
                        past = found;
                    }
                }
            }
        }

        if (past is not { } p || (published.Earliest is { } e && p <= e) || (published.Latest is { } l && p > l))
        {
            return published;
        }

        return new PublishedDate(p > best ? p : best, DateConfidence.Inferred, p, published.Latest);
    }
}
